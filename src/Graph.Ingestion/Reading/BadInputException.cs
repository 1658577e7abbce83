namespace Graph.Ingestion.Reading;

/// <summary>Input that cannot be read as an article; the reader turns it into a <see cref="SetAside"/>.</summary>
internal sealed class BadInputException(string reason) : Exception(reason);
