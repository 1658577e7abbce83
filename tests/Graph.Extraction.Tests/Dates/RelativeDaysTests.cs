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
    [InlineData("Hours later, he met the prime minister.", 0)]
    [InlineData("Later that day, they signed the deal.", 0)]
    [InlineData("Earlier in the day, she met the envoy.", 0)]
    [InlineData("On the same day, the two ministers held a meeting.", 0)]
    public void Offset_SentenceOpeningByCountingDays_TheDays(string sentence, int days) => Assert.Equal(days, RelativeDays.Offset(sentence));

    [Theory]
    [InlineData("Two days later than planned the talks began.")]
    [InlineData("She met him a day earlier, officials said.")]
    [InlineData("Hours of talks ended without a deal.")]
    public void Offset_DaysNotOpeningTheSentenceWithAComma_None(string sentence) => Assert.Null(RelativeDays.Offset(sentence));
}
