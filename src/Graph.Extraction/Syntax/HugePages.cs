using System.Runtime.InteropServices;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Asks Linux to back a large, pinned lookup array with 2 MiB pages. The weight tables are read at random, one
/// or two cache lines per feature in tens of megabytes: with 4 KiB pages nearly every read also misses the
/// TLB and walks the page tables. Only a hint: where the kernel gives no huge pages (another system, transparent
/// huge pages off), the array works as before.
/// </summary>
internal static partial class HugePages
{
    private const int Size = 2 << 20;
    private const int AdviseHugePage = 14; // MADV_HUGEPAGE
    private const int AdviseCollapse = 25; // MADV_COLLAPSE (Linux 6.1): back the range with huge pages now

    /// <summary>A zeroed array on the pinned heap, advised to huge pages where it spans whole ones.</summary>
    public static T[] Allocate<T>(int length)
        where T : struct
    {
        var array = GC.AllocateArray<T>(length, pinned: true);
        if (!OperatingSystem.IsLinux() || length == 0)
            return array;
        var start = (long)Marshal.UnsafeAddrOfPinnedArrayElement(array, 0);
        var end = start + length * (long)Marshal.SizeOf<T>();
        var first = (start + Size - 1) & ~(long)(Size - 1);
        var last = end & ~(long)(Size - 1);
        if (last > first)
        {
            try
            {
                _ = Advise((nint)first, (nuint)(last - first), AdviseHugePage);
                _ = Advise((nint)first, (nuint)(last - first), AdviseCollapse);
            }
            catch (DllNotFoundException)
            {
            }
            catch (EntryPointNotFoundException)
            {
            }
        }

        return array;
    }

    [DllImport("libc", EntryPoint = "madvise")]
    private static extern int Advise(nint address, nuint length, int advice);
}
