using System.Runtime.Intrinsics;
using Graph.Extraction.Ner;

namespace Graph.Extraction.Tests.Ner;

public sealed class HalfBitsTests
{
    [Fact]
    public void ToSingle_EveryHalf_IsTheScalarConversion()
    {
        for (var start = 0; start < 1 << 16; start += 8)
        {
            var lanes = new uint[8];
            for (var k = 0; k < 8; k++)
                lanes[k] = (uint)(start + k);
            var converted = HalfBits.ToSingle(Vector256.Create(lanes));
            for (var k = 0; k < 8; k++)
            {
                var expected = (float)BitConverter.UInt16BitsToHalf((ushort)lanes[k]);
                if (float.IsNaN(expected))
                    Assert.True(float.IsNaN(converted[k]));
                else
                    Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(converted[k]));
            }
        }
    }
}
