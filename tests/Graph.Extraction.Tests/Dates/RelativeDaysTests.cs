using Graph.Extraction.Dates;

namespace Graph.Extraction.Tests.Dates;

public sealed class RelativeDaysTests
{
    [Theory]
    [InlineData("A day earlier, she had met the envoy.", -1)]
    [InlineData("Two days later, he met the prime minister.", 2)]
    [InlineData("The previous day, the two had spoken by phone.", -1)]
    [InlineData("The following day, they signed the deal.", 1)]
    [InlineData("The day before, he had landed in Lima.", -1)]
    public void Offset_SentenceOpeningByCountingDays_TheDays(string sentence, int days) => Assert.Equal(days, RelativeDays.Offset(sentence));

    [Theory]
    [InlineData("Two days later than planned the talks began.")]
    [InlineData("She met him a day earlier, officials said.")]
    public void Offset_DaysNotOpeningTheSentenceWithAComma_None(string sentence) => Assert.Null(RelativeDays.Offset(sentence));
}
