using Trygghet.Domain.CrimePreventionDuty;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.CrimePreventionDuty;

public sealed class CrimePreventionDutyFileTests
{
    private static readonly CrimePreventionDutyFile Example = SeedCatalogue.ExampleDutyFile;

    [Fact]
    public void Constructor_EmptyMunicipality_IsRefusedNamingTheParameter() =>
        Assert.Equal("Municipality", Assert.ThrowsAny<ArgumentException>(() => new CrimePreventionDutyFile("Titel", " ")).ParamName);

    [Fact]
    public void SituationReports_TwoWithOneId_AreRefusedNamingTheId()
    {
        var report = new SituationReport("LB-1", new DateOnly(2024, 1, 1), "Hela kommunen");
        var error = Assert.Throws<ArgumentException>(() => Example with { SituationReports = [report, new SituationReport("LB-1", new DateOnly(2025, 1, 1), "Centrum")] });
        Assert.Equal("SituationReports", error.ParamName);
        Assert.Contains("\"LB-1\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Problems_TwoWithOneId_AreRefused() =>
        Assert.Throws<ArgumentException>(() => new SituationReport("LB", new DateOnly(2024, 1, 1), "Område")
        {
            Problems = [new IdentifiedProblem("P1", "a"), new IdentifiedProblem("P1", "b")],
        });

    [Fact]
    public void Equality_IsStructural_DownToTheMeasures()
    {
        var copy = Example with { ActionPlans = [.. Example.ActionPlans] };
        Assert.Equal(Example, copy);

        var plan = Example.ActionPlans[0];
        var changed = Example with { ActionPlans = [plan with { Measures = [.. plan.Measures.Skip(1)] }] };
        Assert.NotEqual(Example, changed);
    }

    [Fact]
    public void Json_RoundTrip_GivesAnEqualFile()
    {
        var read = TrygghetJson.Deserialize(TrygghetJson.Serialize(Example));
        Assert.True(read.IsSuccess, read.Error?.Render(null));
        Assert.Equal(Example, read.Value);
    }

    [Fact]
    public void Json_DuplicateLagesbildId_IsAReadErrorNamingThePath()
    {
        const string json = """
            {"kind":"crimePreventionDuty","title":"T","municipality":"K",
             "situationReports":[{"id":"A","date":"2024-01-01","area":"X"},{"id":"A","date":"2025-01-01","area":"X"}]}
            """;
        var read = TrygghetJson.Deserialize(json);
        Assert.False(read.IsSuccess);
        Assert.Contains("situationReports", read.Error!.Path, StringComparison.Ordinal);
        Assert.Contains("förekommer två gånger", read.Error.Render(null), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_MinimalFile_ReadsWithEverythingNotRecorded()
    {
        var read = TrygghetJson.Deserialize("""{"kind":"crimePreventionDuty","title":"T","municipality":"K"}""");
        Assert.True(read.IsSuccess, read.Error?.Render(null));
        var file = Assert.IsType<CrimePreventionDutyFile>(read.Value);
        Assert.Null(file.CoordinationFunction);
        Assert.Empty(file.SituationReports);
    }

    [Fact]
    public void Example_SaysItIsAnExample() => Assert.StartsWith("Exempel:", Example.Title, StringComparison.Ordinal);
}
