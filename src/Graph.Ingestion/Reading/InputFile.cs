namespace Graph.Ingestion.Reading;

/// <summary>A file to read.</summary>
/// <param name="FullPath">Absolute path, for opening and for reading each file once.</param>
/// <param name="Source">The path as the user named it ('/' separators): what reports and articles show.</param>
/// <param name="IdPath">The path relative to the folder argument, or the file name for a file argument: the fallback id.</param>
/// <param name="Named">True when the user named the file itself rather than a folder holding it.</param>
internal sealed record InputFile(string FullPath, string Source, string IdPath, bool Named);
