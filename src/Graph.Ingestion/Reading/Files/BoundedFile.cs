using Microsoft.Win32.SafeHandles;

namespace Graph.Ingestion.Reading.Files;

/// <summary>
/// Opens and reads one file within bounds: only a regular file is opened (checked before opening, and again on the
/// open handle, since the name may be swapped for a FIFO or a device meanwhile); opening and each read must finish
/// within the read timeout; at most one byte more than the size limit is read, so a file that keeps growing ends too.
/// Problems are <see cref="BadInputException"/>s, cancellation is an <see cref="OperationCanceledException"/>.
/// </summary>
internal static class BoundedFile
{
    private const int Chunk = 64 * 1024;

    public static async Task<SafeFileHandle> OpenAsync(InputFile file, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var path = file.FullPath;
        var status = Status(() => file.Named ? FileSystemStatus.Stat(path) : FileSystemStatus.Lstat(path));
        if (status.Kind != FileKind.Regular)
            throw new BadInputException($"{FileKinds.Describe(status.Kind)}, not a regular file: not opened");

        // open(2) can block (a FIFO swapped in after the check, a hung mount): it runs aside, and is abandoned on time-out.
        var opening = Task.Run(() => File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete), CancellationToken.None);
        SafeFileHandle handle;
        try
        {
            handle = await opening.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            _ = opening.ContinueWith(t => t.Result.Dispose(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            if (e is OperationCanceledException)
                throw;
            throw new BadInputException($"could not be opened within {timeout.TotalSeconds:0.#} s ({IngestionOptions.Section}:{nameof(IngestionOptions.ReadTimeout)})");
        }
        catch (FileNotFoundException)
        {
            throw new BadInputException("cannot be read: the file no longer exists (deleted after the folder was scanned)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"cannot be read: {e.Message}");
        }

        var opened = Status(() => FileSystemStatus.Of(handle, path));
        if (opened.Kind != FileKind.Regular)
        {
            handle.Dispose();
            throw new BadInputException($"{FileKinds.Describe(opened.Kind)}, not a regular file (it was replaced while being read)");
        }
        return handle;
    }

    /// <summary>All bytes, or the first <paramref name="maxBytes"/> + 1 when there are more (the caller says "too large").</summary>
    public static async Task<byte[]> ReadAsync(SafeFileHandle handle, int maxBytes, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var limit = maxBytes + 1L;
        var buffer = new byte[(int)Math.Clamp(RandomAccess.GetLength(handle) + 1, 1, limit)];
        var total = 0;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            while (total < limit)
            {
                if (total == buffer.Length)
                    Array.Resize(ref buffer, (int)Math.Min(limit, buffer.Length * 2L));
                deadline.CancelAfter(timeout);
                var read = await RandomAccess.ReadAsync(handle, buffer.AsMemory(total, Math.Min(Chunk, buffer.Length - total)), total, deadline.Token).ConfigureAwait(false);
                if (read == 0)
                    break;
                total += read;
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw TimedOut(timeout);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"cannot be read: {e.Message}");
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }

    public static BadInputException TimedOut(TimeSpan timeout) =>
        new($"no data for {timeout.TotalSeconds:0.#} s while reading ({IngestionOptions.Section}:{nameof(IngestionOptions.ReadTimeout)})");

    private static FileStatus Status(Func<FileStatus> status)
    {
        try
        {
            return status();
        }
        catch (FileNotFoundException)
        {
            throw new BadInputException("cannot be read: the file no longer exists (deleted after the folder was scanned)");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new BadInputException($"cannot be read: {e.Message}");
        }
    }
}
