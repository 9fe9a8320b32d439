using Trygghet.Domain.Agreements;
using Trygghet.Domain.Calendar;
using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Serialization;
using Trygghet.Domain.Validation;
using Guard = Ardalis.GuardClauses.Guard;

namespace Trygghet.Domain.Tests.Common;

/// <summary>The domain's own guards: an ArgumentOutOfRangeException naming the caller's parameter, in English with the Swedish attached.</summary>
public sealed class DomainGuardsTests
{
    [Fact]
    public void Below_NamesTheArgumentExpression_InBothLanguages()
    {
        var ordinal = 0;
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.Below(ordinal, 1));
        Assert.Equal("ordinal", thrown.ParamName);
        Assert.StartsWith("The value 0 is less than 1.", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("Värdet 0 är mindre än 1.", DomainGuards.SwedishMessage(thrown));
    }

    [Fact]
    public void Above_NamesTheGivenParameter()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.Above(1001, 1000, "maxDepth"));
        Assert.Equal("maxDepth", thrown.ParamName);
        Assert.Equal("Värdet 1001 är större än 1000.", DomainGuards.SwedishMessage(thrown));
    }

    [Fact]
    public void BelowAndAbove_AtTheLimit_ReturnTheValue()
    {
        Assert.Equal(1, Guard.Against.Below(1, 1));
        Assert.Equal(1000, Guard.Against.Above(1000, 1000));
    }

    [Fact]
    public void UndefinedValue_UnknownEnumValue_IsRefused()
    {
        var kind = (PartyKind)999;
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.UndefinedValue(kind));
        Assert.Equal("kind", thrown.ParamName);
        Assert.Equal("Värdet 999 är inget känt värde.", DomainGuards.SwedishMessage(thrown));
        Assert.Equal(PartyKind.Municipality, Guard.Against.UndefinedValue(PartyKind.Municipality));
    }

    [Fact]
    public void Constructors_UseTheGuards_SoTheSwedishTravelsWithTheException()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureNumber(0, 1));
        Assert.Equal("area", thrown.ParamName);
        Assert.NotNull(DomainGuards.SwedishMessage(thrown));
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Party((PartyKind)999, "Polisen")).ParamName);
    }

    [Fact]
    public void InvalidArgument_BrokenRule_ThrowsWithBothLanguages()
    {
        var thrown = Assert.Throws<ArgumentException>(() => new Measure(1, default, "Trygghetsvandring"));
        Assert.Equal("number", thrown.ParamName);
        Assert.StartsWith("A measure needs a number", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("En insats har ett nummer (t.ex. 1:3).", DomainGuards.SwedishMessage(thrown));
        Guard.Against.InvalidArgument(false, "unused", "Inget fel.", "No fault.");
    }

    [Fact]
    public void UnknownValue_InASwitchDefaultArm_NamesTheParameter_InBothLanguages()
    {
        var span = new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 12, 31));
        (string Parameter, Action Call)[] sites =
        [
            ("period", () => ((QuotaPeriod)99).ToPeriodKind()),
            ("cadence", () => PeriodicFollowUp.Periods((FollowUpCadence)99, span)),
            ("kind", () => FollowUpSchedule.Windows((FollowUpKind)99, span, new AgreementSettings())),
            ("kind", () => DateRange.PeriodContaining((PeriodKind)99, span.Start)),
            ("kind", () => DocumentKinds.Of((DocumentKind)99)),
            ("kind", () => TrygghetJsonSchema.For((DocumentKind)99)),
        ];

        foreach (var (parameter, call) in sites)
        {
            var thrown = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal(parameter, thrown.ParamName);
            BilingualMessage.Assert(thrown, "Värdet 99 är inget känt värde.", "The value 99 is not a known value.");
        }
    }

    [Fact]
    public void UnknownValue_GivesTheSameTextsAsUndefinedValue()
    {
        var kind = (PartyKind)7;
        var unknown = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.UnknownValue<int>(kind));
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.UndefinedValue(kind));
        Assert.Equal(undefined.Message, unknown.Message);
        Assert.Equal(DomainGuards.SwedishMessage(undefined), DomainGuards.SwedishMessage(unknown));
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(2201)]
    public void YearOutsideCalendar_NamesTheYearAndTheCalendar_InBothLanguages(int year)
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => SwedishCalendar.EasterSunday(year));
        Assert.Equal("year", thrown.ParamName);
        BilingualMessage.Assert(
            thrown,
            $"Året {year} ligger utanför den svenska kalenderns år 1900-2200.",
            $"The year {year} lies outside the Swedish calendar's years 1900-2200.");
    }

    [Fact]
    public void YearOutsideSupportedDates_KeepsItsTexts()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.YearOutsideSupportedDates(2200, "year"));
        BilingualMessage.Assert(thrown, "Året 2200 ligger utanför 1900-2199.", "The year 2200 lies outside 1900-2199.");
        Assert.Equal(2199, Guard.Against.YearOutsideSupportedDates(2199, "year"));
    }

    [Fact]
    public void EndOfCalendar_NoWorkingDayFollowsTheLastDay_InBothLanguages()
    {
        var last = new DateOnly(TrygghetLimits.CalendarLastYear, 12, 31);
        foreach (var call in new Func<DateOnly>[] { () => SwedishCalendar.NextWorkingDayAfter(last), () => SwedishCalendar.DeadlineOnOrAfter(last) })
        {
            var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => call());
            Assert.Equal("date", thrown.ParamName);
            BilingualMessage.Assert(
                thrown,
                "Ingen vardag följer efter 2200-12-31: den svenska kalendern slutar där.",
                "No working day follows 2200-12-31: the Swedish calendar ends there.");
        }

        Assert.True(SwedishCalendar.NextWorkingDayAfter(last.AddDays(-7)) > last.AddDays(-7));
    }

    [Fact]
    public void EndBeforeStart_ImprecisePeriod_ThrowsArgumentException_InBothLanguages()
    {
        var thrown = Assert.Throws<ArgumentException>(() => new ImprecisePeriod(ImpreciseDate.InYear(2018), ImpreciseDate.InSeason(2017, Season.Autumn)));
        Assert.Equal("end", thrown.ParamName);
        BilingualMessage.Assert(
            thrown,
            "Perioden slutar (2017-autumn) före sin början (2018).",
            "The period ends (2017-autumn) before it starts (2018).");
        Assert.NotNull(new ImprecisePeriod(ImpreciseDate.InYear(2018), ImpreciseDate.InMonth(2018, 1)));
    }

    [Fact]
    public void NotWithin_APartOutsideItsPeriod_InBothLanguages()
    {
        var full = new DateRange(new DateOnly(2024, 1, 1), new DateOnly(2024, 6, 30));
        var part = new DateRange(new DateOnly(2024, 6, 1), new DateOnly(2024, 7, 31));
        var thrown = Assert.Throws<ArgumentException>(() => PeriodicDuty.RequiredIn(2, part, full));
        Assert.Equal("part", thrown.ParamName);
        BilingualMessage.Assert(
            thrown,
            "Intervallet 2024-06-01..2024-07-31 ligger inte inom 2024-01-01..2024-06-30.",
            "The range 2024-06-01..2024-07-31 does not lie within 2024-01-01..2024-06-30.");
        Assert.Equal(full, Guard.Against.NotWithin(full, full));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(2)]
    public void IndexOutside_AnIndexPastTheItems_InBothLanguages(int index)
    {
        var items = EquatableArray.Create<int>([10, 20]);
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => items[index]);
        Assert.Equal("index", thrown.ParamName);
        BilingualMessage.Assert(
            thrown,
            $"Platsen {index} ligger utanför listan med 2 element.",
            $"The index {index} lies outside the list of 2 items.");
        Assert.Equal(20, items[1]);
    }

    [Fact]
    public void InvalidArgument_OptionsWithoutEngine_InBothLanguages()
    {
        var thrown = Assert.Throws<ArgumentException>(() => new TrygghetValidator(new TrygghetValidatorOptions { Engine = null! }));
        Assert.Equal("options", thrown.ParamName);
        BilingualMessage.Assert(
            thrown,
            "Inställningarna anger ingen regelmotor (Engine är null).",
            "The options name no rule engine (Engine is null).");
    }
}
