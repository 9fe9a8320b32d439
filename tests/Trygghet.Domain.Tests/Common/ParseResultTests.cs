using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.Common;

/// <summary>The OneOf results: each side reached by Match, Switch and TryPick, value equality, and no value from a failure.</summary>
public sealed class ParseResultTests
{
    [Fact]
    public void Match_Success_CallsTheValueSide() =>
        Assert.Equal("KS", CaseNumber.TryParse("KS 20/0600").Match(n => n.Registry, e => e.Render(null)));

    [Fact]
    public void Match_Failure_CallsTheErrorSide() =>
        Assert.Contains("diarienummer", CaseNumber.TryParse("KS 20").Match(n => n.Registry, e => e.Render(null)), StringComparison.Ordinal);

    [Fact]
    public void Switch_Failure_RunsOnlyTheErrorAction()
    {
        var calls = new List<string>();
        DateRange.TryParse("2024-01-01..2023-01-01").Switch(_ => calls.Add("value"), e => calls.Add(e.Message.English));
        Assert.Equal(["The date range '2024-01-01..2023-01-01' ends before it starts."], calls);
    }

    [Fact]
    public void TryPick_BothSides_GiveTheValueOrTheError()
    {
        Assert.True(MeasureNumber.TryParse("Insats 1:3").TryPickT0(out var number, out _));
        Assert.Equal(new MeasureNumber(1, 3), number);

        Assert.True(MeasureNumber.TryParse("1-3").TryPickT1(out var error, out _));
        Assert.Equal("1-3", error.Text);
        Assert.Null(error.Position);
    }

    [Fact]
    public void DateRangeTryParse_BadEnd_PointsAtTheEnd()
    {
        var error = DateRange.TryParse("2024-01-01.. 2024-13-01").Error;
        Assert.NotNull(error);
        Assert.Equal(13, error.Position);
    }

    [Fact]
    public void Equality_ComparesTheSideAndItsContent()
    {
        Assert.Equal(CaseNumber.TryParse("KS 20/0600"), CaseNumber.TryParse(" KS 20/0600 "));
        Assert.True(CaseNumber.TryParse("x") == CaseNumber.TryParse("x"));
        Assert.True(CaseNumber.TryParse("x") != CaseNumber.TryParse("y"));
        Assert.Equal(CaseNumber.TryParse("x").GetHashCode(), CaseNumber.TryParse("x").GetHashCode());
        Assert.NotEqual(ParseResult<string>.Success("KS"), (object)JsonReadResult<string>.Success("KS"));
    }

    [Fact]
    public void Value_OfAFailure_ThrowsWithBothLanguages()
    {
        var failure = CaseNumber.TryParse("KS 20/06/00");
        var thrown = Assert.Throws<InvalidOperationException>(() => failure.Value);
        Assert.Equal(failure.Error!.Message.English, thrown.Message);
        Assert.Equal(failure.Error.Message.Swedish, DomainGuards.SwedishMessage(thrown));
    }

    [Fact]
    public void JsonReadResult_Failure_MatchesToItsPath()
    {
        var read = TrygghetJson.Deserialize("""{"kind": "citizenPromise", "title": 7}""");
        Assert.Equal("$.title", read.Match(_ => "read", e => e.Path));
        Assert.Throws<InvalidOperationException>(() => read.Value);
        Assert.StartsWith("Failure($.title: ", read.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Failure_WithoutAnError_IsRefusedNamingTheParameter()
    {
        Assert.Equal("error", Assert.Throws<ArgumentNullException>(() => ParseResult<int>.Failure(null!)).ParamName);
        Assert.Equal("error", Assert.Throws<ArgumentNullException>(() => JsonReadResult<string>.Failure(null!)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentNullException>(() => JsonReadResult<string>.Success(null!)).ParamName);
        Assert.Equal("Message", Assert.Throws<ArgumentNullException>(() => new ParseError(null!, "x")).ParamName);
    }
}
