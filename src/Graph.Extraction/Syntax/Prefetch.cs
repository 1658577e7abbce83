using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Graph.Extraction.Syntax;

/// <summary>
/// Software prefetches into the weight tables. A scoring call's lookups are independent, so asking for all of
/// their cache lines first lets their misses overlap; a prefetch, unlike a load, retires without waiting for
/// its line, so no lookup holds back the others. The arrays are pinned (<see cref="HugePages"/>), so their
/// addresses stay valid. Where the processor has no prefetch instruction the hint is skipped.
/// </summary>
internal static class Prefetch
{
    /// <summary>Prefetches the slot each feature key starts probing at.</summary>
    public static unsafe void Slots<T>(T[] slots, ReadOnlySpan<ulong> features, int mask)
        where T : unmanaged
    {
        if (!Sse.IsSupported)
            return;
        fixed (T* first = slots)
        {
            foreach (var f in features)
                Sse.Prefetch0(first + ((int)f & mask));
        }
    }

    /// <summary>Prefetches one element of a pinned array.</summary>
    public static unsafe void At<T>(T[] array, int index)
        where T : unmanaged
    {
        if (!Sse.IsSupported)
            return;
        fixed (T* first = array)
            Sse.Prefetch0(first + index);
    }
}
