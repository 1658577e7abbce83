using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Ner;
using Graph.Extraction.Syntax;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Graph.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the extraction pipeline: gazetteer, name tagger, tagger and parser (over the registered
    /// <see cref="SyntaxOptions"/>, default ones when none is), event rules and the graph extractor, all stateless singletons.
    /// </summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IGazetteer>(_ => Gazetteer.Default);
        services.TryAddSingleton<INameTagger>(sp => new NameTagger(sp.GetRequiredService<IGazetteer>(), NerModel.Default));
        services.TryAddSingleton(new SyntaxOptions());
        services.TryAddSingleton(sp => new SyntaxAnalyzer(SyntaxModel.Default, sp.GetRequiredService<SyntaxOptions>()));
        services.TryAddSingleton<IEventExtractor, EventExtractor>();
        services.TryAddSingleton<IGraphExtractor, GraphExtractor>();
        return services;
    }
}
