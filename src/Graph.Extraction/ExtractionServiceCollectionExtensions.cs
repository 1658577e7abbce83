using Graph.Extraction.Events;
using Graph.Extraction.Gazetteers;
using Graph.Extraction.Ner;
using Graph.Extraction.Syntax;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Graph.Extraction;

public static class ExtractionServiceCollectionExtensions
{
    /// <summary>
    /// Registers the extraction pipeline: gazetteer, name tagger, tagger and parser, event rules and the graph
    /// extractor, all stateless singletons. The parser's <see cref="SyntaxOptions"/> are bound from the <c>Syntax</c>
    /// section of <paramref name="configuration"/> and validated on start; without a configuration they are the defaults.
    /// </summary>
    public static IServiceCollection AddExtraction(this IServiceCollection services, IConfiguration? configuration = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IGazetteer>(_ => Gazetteer.Default);
        services.TryAddSingleton<INameTagger>(sp => new NameTagger(sp.GetRequiredService<IGazetteer>(), NerModel.Default));
        if (configuration is not null)
        {
            services.AddOptions<SyntaxOptions>().Bind(configuration.GetSection(SyntaxOptions.Section)).ValidateOnStart();
            services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SyntaxOptions>, SyntaxOptionsValidator>());
            services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<SyntaxOptions>>().Value);
        }
        services.TryAddSingleton(new SyntaxOptions());
        services.TryAddSingleton(sp => new SyntaxAnalyzer(SyntaxModel.Default, sp.GetRequiredService<SyntaxOptions>()));
        services.TryAddSingleton<IEventExtractor, EventExtractor>();
        services.TryAddSingleton<GraphExtractor>();
        services.TryAddSingleton<IGraphExtractor>(sp => sp.GetRequiredService<GraphExtractor>());
        return services;
    }
}
