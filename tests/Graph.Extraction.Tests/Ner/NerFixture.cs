using Graph.Extraction.Gazetteers;
using Graph.Extraction.Ner;
using Graph.Extraction.Ner.Training;

namespace Graph.Extraction.Tests.Ner;

/// <summary>Hand-written BIO sentences (invented names) and a tagger trained on them once per test run.</summary>
public sealed class NerFixture
{
    public static readonly string[] Lines =
    [
        "Olumide/B-PER Vasquez/I-PER said/O the/O talks/O would/O resume/O ./O",
        "Talks/O in/O Karvona/B-LOC ended/O on/O Monday/O ./O",
        "The/O Velmar/B-ORG Union/I-ORG Party/I-ORG won/O the/O vote/O ./O",
        "Asha/B-PER Morenko/I-PER met/O Tiberiu/B-PER Castell/I-PER in/O Lindqvara/B-LOC ./O",
        "Fighting/O spread/O to/O Dunmorra/B-LOC and/O Ostrava/B-LOC overnight/O ./O",
        "The/O Sorel/B-ORG Front/I-ORG denied/O the/O report/O ./O",
        "Kemal/B-PER Draganov/I-PER told/O reporters/O he/O would/O stay/O ./O",
        "Aid/O reached/O Belvanto/B-LOC on/O Friday/O ./O",
        "Officials/O of/O the/O Trellis/B-ORG Bank/I-ORG declined/O to/O comment/O ./O",
        "Marta/B-PER Quillon/I-PER visited/O Sarnow/B-LOC last/O week/O ./O",
        "Rebels/O attacked/O a/O convoy/O near/O Gorvath/B-LOC ./O",
        "The/O Ardent/B-ORG League/I-ORG called/O for/O calm/O ./O",
        "Pavel/B-PER Orsini/I-PER said/O prices/O would/O rise/O ./O",
        "Refugees/O fled/O from/O Tamsin/B-LOC to/O Kellory/B-LOC ./O",
        "Members/O of/O the/O Harrow/B-ORG Council/I-ORG voted/O against/O it/O ./O",
        "Yusra/B-PER Halden/I-PER said/O she/O was/O hopeful/O ./O",
        "Troops/O returned/O to/O Mirevale/B-LOC on/O Sunday/O ./O",
        "The/O Orrin/B-ORG Alliance/I-ORG won/O two/O seats/O ./O",
        "Dario/B-PER Fenwick/I-PER met/O the/O envoy/O in/O Castamar/B-LOC ./O",
        "Shelling/O hit/O Prevost/B-LOC again/O ./O",
        "The/O Kestrel/B-ORG Group/I-ORG sold/O its/O shares/O ./O",
        "Ines/B-PER Valcourt/I-PER said/O the/O plan/O had/O failed/O ./O",
        "Protests/O spread/O across/O Ulmara/B-LOC ./O",
        "The/O Brightwater/B-ORG Movement/I-ORG held/O a/O rally/O ./O",
        "Soren/B-PER Akande/I-PER told/O the/O court/O he/O was/O innocent/O ./O",
        "Floods/O cut/O roads/O in/O Vaskora/B-LOC ./O",
        "The/O Tamber/B-ORG Institute/I-ORG published/O a/O study/O ./O",
        "Lena/B-PER Okafor/I-PER met/O Ruben/B-PER Salas/I-PER on/O Tuesday/O ./O",
        "Convoys/O left/O Drummel/B-LOC at/O dawn/O ./O",
        "The/O Corven/B-ORG Agency/I-ORG issued/O a/O warning/O ./O",
        "Nadia/B-PER Petrov/I-PER said/O nothing/O ./O",
        "Clashes/O broke/O out/O in/O Halvik/B-LOC ./O",
        "The/O Marlow/B-ORG Commission/I-ORG opened/O an/O inquiry/O ./O",
        "Tomas/B-PER Reyes/I-PER visited/O Fennick/B-LOC ./O",
        "Voters/O in/O Ashgrove/B-LOC backed/O the/O Linden/B-ORG Party/I-ORG ./O",
        "Yara/B-PER Lindholm/I-PER said/O the/O Quarry/B-ORG Foundation/I-ORG would/O help/O ./O",
    ];

    public NerFixture()
    {
        Sentences = [.. Lines.Select(NerSentence.Parse)];
        Model = Trainer.Train(Sentences, [], null, CancellationToken.None);
        Tagger = new NameTagger(Gazetteer, Model);
    }

    /// <summary>An empty gazetteer: the fixture's names must be learnt from their form and context alone.</summary>
    public static readonly Gazetteer Gazetteer = Gazetteer.FromEntries([]);

    public static readonly TrainerOptions Options = new() { Epochs = 10, MinCount = 1, GazetteerDropout = 0, PruneBelow = 0 };

    public static PerceptronTrainer Trainer => new(Gazetteer, Options);

    public List<NerSentence> Sentences { get; }

    public NerModel Model { get; }

    public NameTagger Tagger { get; }
}
