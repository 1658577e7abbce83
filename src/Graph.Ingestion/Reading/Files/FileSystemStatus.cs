using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace Graph.Ingestion.Reading.Files;

/// <summary>
/// Asks the file system what an entry is before anything opens it: .NET has no public API for the file type
/// (a FIFO looks like an empty file, and opening one blocks) or for device and inode numbers. On Linux this is
/// statx(2), whose structure has one layout on every architecture; elsewhere .NET's own view is used, which
/// tells folders, links and files apart but not FIFOs, sockets or devices.
/// </summary>
internal static partial class FileSystemStatus
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const int AtEmptyPath = 0x1000;
    private const uint StatxBasicStats = 0x7FF;
    private const int StatxSize = 256;

    /// <summary>The entry at <paramref name="path"/> itself (a symbolic link is reported as one).</summary>
    public static FileStatus Lstat(string path) => OperatingSystem.IsLinux()
        ? Statx(AtFdCwd, path, AtSymlinkNoFollow, path)
        : Managed(path, followLinks: false);

    /// <summary>What <paramref name="path"/> leads to, following symbolic links.</summary>
    public static FileStatus Stat(string path) => OperatingSystem.IsLinux()
        ? Statx(AtFdCwd, path, 0, path)
        : Managed(path, followLinks: true);

    /// <summary>The file an open handle reads from: what was opened, whatever happened to its name meanwhile.</summary>
    public static FileStatus Of(SafeFileHandle handle, string path)
    {
        if (!OperatingSystem.IsLinux())
            return Managed(path, followLinks: true);
        var added = false;
        try
        {
            handle.DangerousAddRef(ref added);
            return Statx((int)handle.DangerousGetHandle(), "", AtEmptyPath, path);
        }
        finally
        {
            if (added)
                handle.DangerousRelease();
        }
    }

    private static FileStatus Statx(int directory, string path, int flags, string shownPath)
    {
        Span<byte> buffer = stackalloc byte[StatxSize];
        if (statx(directory, path, flags, StatxBasicStats, ref MemoryMarshal.GetReference(buffer)) != 0)
            throw Failure(Marshal.GetLastPInvokeError(), shownPath);
        var mode = BitConverter.ToUInt16(buffer[28..]);
        var inode = BitConverter.ToUInt64(buffer[32..]);
        var size = BitConverter.ToInt64(buffer[40..]);
        var (major, minor) = (BitConverter.ToUInt32(buffer[136..]), BitConverter.ToUInt32(buffer[140..]));
        return new FileStatus(KindOf(mode), $"{major}.{minor}:{inode}", size);
    }

    private static FileKind KindOf(ushort mode) => (mode & 0xF000) switch
    {
        0x8000 => FileKind.Regular,
        0x4000 => FileKind.Directory,
        0xA000 => FileKind.SymbolicLink,
        0x1000 => FileKind.Fifo,
        0xC000 => FileKind.Socket,
        0x2000 => FileKind.CharacterDevice,
        0x6000 => FileKind.BlockDevice,
        _ => FileKind.Other,
    };

    /// <summary>errno as the exception .NET would throw for it, so callers handle one family of errors.</summary>
    private static Exception Failure(int errno, string path) => errno switch
    {
        2 or 20 => new FileNotFoundException($"'{path}' no longer exists", path),
        13 or 1 => new UnauthorizedAccessException($"access to '{path}' is denied"),
        40 => new IOException($"'{path}': too many levels of symbolic links"),
        _ => new IOException($"'{path}': {Marshal.GetPInvokeErrorMessage(errno)}"),
    };

    private static FileStatus Managed(string path, bool followLinks)
    {
        FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
        if (!info.Exists)
            throw new FileNotFoundException($"'{path}' no longer exists", path);
        if (info.LinkTarget is not null)
        {
            if (!followLinks)
                return new FileStatus(FileKind.SymbolicLink, info.FullName, 0);
            info = info.ResolveLinkTarget(returnFinalTarget: true) ?? info;
        }
        // Without inode numbers the full path stands for identity.
        var identity = Path.GetFullPath(info.FullName);
        return info is DirectoryInfo
            ? new FileStatus(FileKind.Directory, identity, 0)
            : new FileStatus(FileKind.Regular, identity, ((FileInfo)info).Length);
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int dirfd, string pathname, int flags, uint mask, ref byte statxbuf);
}
