using Graph.Core.Text;

namespace Graph.Ingestion.Reading.Files;

/// <summary>
/// Expands path arguments (and the inbox) into the entries to read: the one place folders are walked. Folders in
/// ordinal path order, hidden entries (name starting with '.') skipped, files of other types skipped. Only regular
/// files are handed on to be opened; FIFOs, sockets and devices with an article's extension are set aside with their
/// kind, unopened. Symbolic links inside a folder are not followed (a loop such as <c>loop -> .</c> cannot make a
/// walk endless, and nothing outside the folder is read unasked): each is set aside with its target. A path named
/// by the user is followed. Each folder and file is walked or read once per walk, by its identity (device and
/// inode), whichever path reached it. Depth and the entries looked at per scan are bounded; each overflow is reported.
/// One instance is one run (<c>ingest</c>) or one inbox scan.
/// </summary>
internal sealed class FolderWalk(int maxDepth, int maxEntries)
{
    private static readonly EnumerationOptions OneFolder = new()
    {
        RecurseSubdirectories = false,
        IgnoreInaccessible = false,
        AttributesToSkip = 0,
        ReturnSpecialDirectories = false,
    };

    private readonly HashSet<string> _folders = new(StringComparer.Ordinal);
    private readonly HashSet<string> _files = new(StringComparer.Ordinal);

    public FolderWalk(IngestionOptions options)
        : this(options.MaxFolderDepth, options.MaxEntriesPerScan)
    {
    }

    /// <summary>The entries of one argument, in order. Throws <see cref="BadInputException"/> when it names nothing.</summary>
    public IReadOnlyList<InputFile> Expand(string path, CancellationToken cancellationToken)
    {
        var given = path.Replace(Path.DirectorySeparatorChar, '/');
        FileStatus status;
        try
        {
            status = FileSystemStatus.Stat(path);
        }
        catch (FileNotFoundException)
        {
            throw new BadInputException("no such file or folder");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"cannot be read: {e.Message}");
        }

        var full = Path.GetFullPath(path);
        switch (status.Kind)
        {
            case FileKind.Directory:
                return _folders.Add(status.Identity) ? Walk(full, given, cancellationToken) : [];
            case FileKind.Regular:
                return _files.Add(status.Identity) ? [new InputFile(full, given, Path.GetFileName(full), Named: true)] : [];
            default:
                return [new InputFile(full, given, Path.GetFileName(full), Named: true, NotRegular(status.Kind))];
        }
    }

    private List<InputFile> Walk(string root, string given, CancellationToken cancellationToken)
    {
        var entries = new List<InputFile>();
        var pending = new Stack<(string Relative, int Depth)>();
        pending.Push(("", 0));
        var seen = 0;
        while (pending.TryPop(out var folder))
        {
            IEnumerable<string> names;
            try
            {
                names = Directory.EnumerateFileSystemEntries(Path.Combine(root, folder.Relative), "*", OneFolder).Select(Path.GetFileName)!;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                entries.Add(Problem(root, given, folder.Relative, $"folder cannot be read: {e.Message}"));
                continue;
            }

            try
            {
                foreach (var name in names)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (++seen > maxEntries)
                    {
                        entries.Add(Problem(root, given, folder.Relative,
                            $"the scan stopped after {maxEntries} entries ({IngestionOptions.Section}:{nameof(IngestionOptions.MaxEntriesPerScan)}); the rest of the folder was not read"));
                        return Sorted(entries);
                    }
                    if (name.StartsWith('.'))
                        continue;
                    var relative = folder.Relative.Length == 0 ? name : $"{folder.Relative}/{name}";
                    var (entry, walk) = Entry(root, given, relative, folder.Depth);
                    if (entry is not null)
                        entries.Add(entry);
                    if (walk)
                        pending.Push((relative, folder.Depth + 1));
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                entries.Add(Problem(root, given, folder.Relative, $"folder cannot be read to the end: {e.Message}"));
            }
        }
        return Sorted(entries);
    }

    /// <summary>A file to read or an entry to set aside (or neither: skipped), and whether it is a folder to walk.</summary>
    private (InputFile? Entry, bool Walk) Entry(string root, string given, string relative, int depth)
    {
        var full = Path.Combine(root, relative);
        FileStatus status;
        try
        {
            status = FileSystemStatus.Lstat(full);
        }
        catch (FileNotFoundException)
        {
            return (null, false); // gone between listing and looking: nothing to read
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (IsArticle(relative) ? Problem(root, given, relative, $"cannot be read: {e.Message}") : null, false);
        }

        return status.Kind switch
        {
            FileKind.Directory when depth + 1 > maxDepth => (Problem(root, given, relative,
                $"folder nested deeper than {maxDepth} levels ({IngestionOptions.Section}:{nameof(IngestionOptions.MaxFolderDepth)}): not read"), false),
            FileKind.Directory when !_folders.Add(status.Identity) => (Problem(root, given, relative, "folder already read by another path: not read again"), false),
            FileKind.Directory => (null, true),
            FileKind.Regular => (IsArticle(relative) && _files.Add(status.Identity) ? new InputFile(root, given, relative, Named: false) : null, false),
            FileKind.SymbolicLink => (LinkProblem(full, relative) is { } reason ? Problem(root, given, relative, reason) : null, false),
            _ => (IsArticle(relative) ? Problem(root, given, relative, NotRegular(status.Kind)) : null, false),
        };
    }

    /// <summary>Why a symbolic link is set aside, or null for a link that would not be read anyway (another file type).</summary>
    private static string? LinkProblem(string full, string relative)
    {
        var target = ControlCharacters.Escape(new FileInfo(full).LinkTarget ?? "?");
        FileKind kind;
        try
        {
            kind = FileSystemStatus.Stat(full).Kind;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return IsArticle(relative) ? $"symbolic link to {target} that leads nowhere ({e.Message}): not followed" : null;
        }
        return kind switch
        {
            FileKind.Directory => $"symbolic link to the folder {target}: not followed (folders are read where they are)",
            _ when IsArticle(relative) => $"symbolic link to {target}: not followed (files are read where they are)",
            _ => null,
        };
    }

    private static bool IsArticle(string relative) => ArticleFormats.ForPath(relative) is not null;

    private static string NotRegular(FileKind kind) => $"{FileKinds.Describe(kind)}, not a regular file: not opened";

    private static InputFile Problem(string root, string given, string relative, string reason) =>
        new(root, given, relative, Named: false, reason);

    private static List<InputFile> Sorted(List<InputFile> entries)
    {
        entries.Sort((a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return entries;
    }
}
