using Graph.Extraction.Mentions;

namespace Graph.Extraction.Tests.Events;

/// <summary>The people, countries, organisations and places the event tests' own sentences talk about.</summary>
internal static class Cast
{
    public const string Lindqvist = "person:maria-lindqvist";
    public const string Adler = "person:tomas-adler";
    public const string Carvalho = "person:ines-carvalho";
    public const string Chile = "country:CL";
    public const string Brazil = "country:BR";
    public const string Kenya = "country:KE";
    public const string Norway = "country:NO";
    public const string Japan = "country:JP";
    public const string Finland = "country:FI";
    public const string WorldBank = "org:world-bank";
    public const string RedCross = "org:red-cross";
    public const string ForeignMinistry = "org:foreign-ministry";
    public const string Oslo = "loc:oslo";
    public const string Lisbon = "loc:lisbon";
    public const string Nairobi = "loc:nairobi";
    public const string Santiago = "loc:santiago";

    /// <summary>A builder that knows every name of the cast, short names and demonyms included.</summary>
    public static AnalysisBuilder Builder() => new AnalysisBuilder()
        .Person("Maria Lindqvist", Lindqvist).Person("Lindqvist", Lindqvist, MentionKind.ShortName)
        .Person("Tomas Adler", Adler).Person("Adler", Adler, MentionKind.ShortName)
        .Person("Ines Carvalho", Carvalho).Person("Carvalho", Carvalho, MentionKind.ShortName)
        .Country("Chile", "CL").Demonym("Chilean", "CL")
        .Country("Brazil", "BR").Demonym("Brazilian", "BR")
        .Country("Kenya", "KE").Demonym("Kenyan", "KE")
        .Country("Norway", "NO").Demonym("Norwegian", "NO")
        .Country("Japan", "JP").Demonym("Japanese", "JP")
        .Country("Finland", "FI").Demonym("Finnish", "FI")
        .Org("World Bank", WorldBank).Org("Red Cross", RedCross).Org("Foreign Ministry", ForeignMinistry)
        .Place("Oslo", Oslo).Place("Lisbon", Lisbon).Place("Nairobi", Nairobi).Place("Santiago", Santiago);
}
