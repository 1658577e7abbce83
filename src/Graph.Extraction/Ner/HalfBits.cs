using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Graph.Extraction.Ner;

/// <summary>
/// Half-precision bits to floats, eight at a time: the same values as <c>(float)Half</c>, which converts one at a
/// time. Every half is a float exactly, so moving its exponent and mantissa into a float's fields and rescaling
/// loses nothing.
/// </summary>
internal static class HalfBits
{
    // Half bits shifted left by 13 read as a float 2^(127 − 15) too small; subnormal halves become subnormal floats,
    // which the multiplication brings into range exactly.
    private static readonly Vector256<float> Rescale = Vector256.Create(float.ScaleB(1f, 127 - 15));

    /// <param name="bits">One half in the low 16 bits of each lane.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<float> ToSingle(Vector256<uint> bits)
    {
        var magnitude = (bits & Vector256.Create(0x7FFFu)) << 13;
        var value = magnitude.AsSingle() * Rescale;
        // Infinities and NaNs keep the top exponent.
        var special = Vector256.Equals(bits & Vector256.Create(0x7C00u), Vector256.Create(0x7C00u));
        var result = Vector256.ConditionalSelect(special, magnitude | Vector256.Create(0x7F800000u), value.AsUInt32());
        return (result | ((bits & Vector256.Create(0x8000u)) << 16)).AsSingle();
    }
}
