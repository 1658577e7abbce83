using Graph.Core.Articles;
using Graph.Core.Model;

namespace Graph.Worker.Sinks;

/// <summary>An article as read and its graph document, as extracted: what a sink writes.</summary>
internal sealed record ArticleDocument(Article Article, GraphDocument Document);
