using Graph.Extraction.Dates;

namespace Graph.Extraction.Tests.Dates;

public sealed class DateResolverTests
{
    /// <summary>A Wednesday.</summary>
    private static readonly DateOnly Published = new(2023, 3, 8);

    private static DatePhrase One(string text, DateOnly? published = null)
    {
        var phrases = DateResolver.Find(text, published ?? Published);
        return Assert.Single(phrases);
    }

    [Theory]
    [InlineData("They met on Tuesday.", "2023-03-07")]
    [InlineData("They met Wednesday.", "2023-03-08")]
    [InlineData("Thursday's vote was close.", "2023-03-02")]
    [InlineData("They met last Wednesday.", "2023-03-01")]
    [InlineData("They meet next Monday.", "2023-03-13")]
    [InlineData("It rained yesterday.", "2023-03-07")]
    [InlineData("It rains today.", "2023-03-08")]
    [InlineData("It rains tomorrow.", "2023-03-09")]
    [InlineData("He left two days ago.", "2023-03-06")]
    [InlineData("They met on Wednesday last week.", "2023-03-01")]
    [InlineData("They met on Monday of last week.", "2023-02-27")]
    [InlineData("They meet on Tuesday next week.", "2023-03-14")]
    public void Find_DayPhrases_ResolvedAgainstPublication(string text, string expected)
    {
        var phrase = One(text);
        Assert.Equal(expected, phrase.Iso);
        Assert.Equal(DatePrecision.Day, phrase.Precision);
    }

    [Theory]
    [InlineData("They met on Monday, February 27.", "2023-02-27")]
    [InlineData("They met on Thursday 2 March.", "2023-03-02")]
    public void Find_WeekdayOpeningAnExplicitDate_OnePhraseOfTheDate(string text, string expected) =>
        Assert.Equal(expected, One(text).Iso);

    [Fact]
    public void Find_WeekdayBeforeAnArticleAndADate_TwoPhrases() =>
        Assert.Equal(["2023-03-06", "2023-03-01"], DateResolver.Find("The minister said Monday the March 1 talks had failed.", Published).Select(p => p.Iso));

    [Theory]
    [InlineData("They met on August 8 last year.", "2022-08-08")]
    [InlineData("They met on 8 August last year.", "2022-08-08")]
    [InlineData("They met in March last year.", "2022-03")]
    [InlineData("They met in January this year.", "2023-01")]
    [InlineData("They meet in May next year.", "2024-05")]
    public void Find_DateCountedInALastOrNextYear_ThatYear(string text, string expected) =>
        Assert.Equal(expected, One(text).Iso);

    [Theory]
    [InlineData("Tariffs have applied since September 2021.", "2021-09")]
    [InlineData("Tariffs applied from June, 2021.", "2021-06")]
    public void Find_CuedMonthWithItsYear_ThatYearsMonth(string text, string expected) =>
        Assert.Equal(expected, One(text).Iso);

    [Theory]
    [InlineData("The deal came last week.", "2023-02-27", "2023", DatePrecision.Week)]
    [InlineData("The deal comes this week.", "2023-03-06", "2023-03", DatePrecision.Week)]
    [InlineData("The deal came last month.", "2023-02-01", "2023-02", DatePrecision.Month)]
    [InlineData("The deal came in December.", "2022-12-01", "2022-12", DatePrecision.Month)]
    [InlineData("The deal came in March.", "2023-03-01", "2023-03", DatePrecision.Month)]
    [InlineData("The deal comes next December.", "2023-12-01", "2023-12", DatePrecision.Month)]
    [InlineData("The deal came in December 2021.", "2021-12-01", "2021-12", DatePrecision.Month)]
    [InlineData("The deal came last year.", "2022-01-01", "2022", DatePrecision.Year)]
    public void Find_PeriodPhrases_FirstDayWithPrecisionAndIsoOfThatPrecision(string text, string firstDay, string iso, DatePrecision precision)
    {
        var phrase = One(text);
        Assert.Equal(DateOnly.Parse(firstDay, System.Globalization.CultureInfo.InvariantCulture), phrase.Date);
        Assert.Equal(iso, phrase.Iso);
        Assert.Equal(precision, phrase.Precision);
    }

    [Theory]
    [InlineData("Talks began Feb. 1 in the capital.", "2023-02-01")]
    [InlineData("Talks began February 1, 2022 in the capital.", "2022-02-01")]
    [InlineData("Talks began 1 February 2022 in the capital.", "2022-02-01")]
    [InlineData("Talks began 2022-02-01 in the capital.", "2022-02-01")]
    [InlineData("Talks began on the 3rd of May 2020.", "2020-05-03")]
    public void Find_ExplicitDates_Resolved(string text, string expected) => Assert.Equal(expected, One(text).Iso);

    [Fact]
    public void Find_DayAndMonthWithoutYear_NearestToPublication()
    {
        var phrase = One("The vote was held on Dec. 30.", new DateOnly(2023, 1, 5));
        Assert.Equal("2022-12-30", phrase.Iso);
    }

    [Theory]
    [InlineData("They met on 3-4 March.", "2023-03-03")]
    [InlineData("They met from 10 to 12 February.", "2023-02-10")]
    [InlineData("They met on 4 and 5 March.", "2023-03-04")]
    [InlineData("They met on March 1-2.", "2023-03-01")]
    public void Find_SpanOfDaysInAMonth_TheFirstDay(string text, string expected) => Assert.Equal(expected, One(text).Iso);

    [Theory]
    [InlineData("They met on June 5.", true)]
    [InlineData("They met on June 5, 2022.", false)]
    [InlineData("They met on June 5 last year.", false)]
    public void Find_DayAndMonth_YearGuessedOnlyWhenNoneIsWritten(string text, bool guessed) => Assert.Equal(guessed, One(text).YearGuessed);

    [Fact]
    public void InThePast_GuessedDayAfterPublication_TheYearBefore()
    {
        var phrase = One("They met on June 5.");

        Assert.Equal("2023-06-05", phrase.Iso);
        Assert.Equal("2022-06-05", phrase.InThePast(Published)?.Iso);
    }

    [Fact]
    public void InThePast_WrittenDayAfterPublication_None() => Assert.Null(One("They will meet on June 5, 2023.").InThePast(Published));

    [Fact]
    public void Find_NoPublicationDate_OnlyAbsoluteDates()
    {
        var phrases = DateResolver.Find("On Tuesday they recalled the treaty of March 3, 1999.", null);
        Assert.Equal("1999-03-03", Assert.Single(phrases).Iso);
    }

    [Theory]
    [InlineData("They may meet soon.")]
    [InlineData("The 2014 annexation of Crimea was condemned.")]
    [InlineData("They have been at odds since 2014.")]
    [InlineData("Markets close on Mondays.")]
    public void Find_NoDate_Nothing(string text) => Assert.Empty(DateResolver.Find(text, Published));

    [Theory]
    [InlineData("Crimea was annexed in 2014.", "2014")]
    [InlineData("During 1999, the two sides met twice.", "1999")]
    [InlineData("The talks collapsed in late 2014.", "2014")]
    [InlineData("The talks began in spring 2014.", "2014")]
    public void Find_YearAfterInOrDuring_TheYear(string text, string iso)
    {
        var phrase = Assert.Single(DateResolver.Find(text, Published));
        Assert.Equal((iso, true), (phrase.Iso, phrase.IsBareYear));
    }

    [Fact]
    public void Find_SpanOfYears_NoYear() => Assert.Empty(DateResolver.Find("The war lasted in 2014-15 in the east.", Published));

    [Fact]
    public void Find_Offsets_ShiftedIntoArticle()
    {
        var phrase = One("They met on Tuesday.");
        var shifted = Assert.Single(DateResolver.Find("They met on Tuesday.", Published, 100));
        Assert.Equal(phrase.Start + 100, shifted.Start);
        Assert.Equal("Tuesday", "They met on Tuesday."[phrase.Start..phrase.End]);
    }
}
