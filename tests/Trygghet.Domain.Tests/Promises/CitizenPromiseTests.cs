using Trygghet.Domain.Common;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Promises;

public sealed class CitizenPromiseTests
{
    [Fact]
    public void EffectiveValidity_StartsAtDecisionDate()
    {
        var promise = SeedCatalogue.CitizenPromise2022;

        Assert.Null(promise.EffectiveValidity);
        var decided = promise.WithDecision(new AdoptionDecision("Kommunstyrelsen", new DateOnly(2022, 10, 5)));
        Assert.Equal(new DateRange(new(2022, 10, 5), new(2024, 12, 31)), decided.EffectiveValidity);
    }

    [Fact]
    public void Decision_AfterTheLastDay_IsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SeedCatalogue.CitizenPromise2022.WithDecision(new AdoptionDecision("Kommunstyrelsen", new DateOnly(2025, 1, 1))));

    [Fact]
    public void PromiseValidity_EndBeforeFixedStart_ThrowsNamingEnd() =>
        Assert.Equal("end", Assert.Throws<ArgumentOutOfRangeException>(() => new PromiseValidity(new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 1))).ParamName);

    [Fact]
    public void FixedValidity_IgnoresDecisionForStart()
    {
        var promise = new CitizenPromise(CaseNumber.Parse("KS 24/0001"), "Löfte", PromiseValidity.Fixed(DateRange.Year(2024)))
        {
            Decision = new AdoptionDecision("Kommunstyrelsen", new DateOnly(2023, 12, 1)),
        };

        Assert.Equal(DateRange.Year(2024), promise.EffectiveValidity);
    }

    [Fact]
    public void Quota_And_Activity_RefuseNonPositiveCounts()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Quota(0, QuotaPeriod.Term));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ActivityRecord(new DateOnly(2024, 1, 1), "x", 0));
        Assert.Throws<ArgumentException>(() => new ActivityRecord(new DateOnly(2024, 1, 1), " "));
    }

    [Fact]
    public void Equality_IsStructural()
    {
        var a = SeedCatalogue.CitizenPromise2022.AddActivity(new ActivityRecord(new DateOnly(2023, 1, 1), "tematraffar"));
        var b = SeedCatalogue.CitizenPromise2022.AddActivity(new ActivityRecord(new DateOnly(2023, 1, 1), "tematraffar"));

        Assert.Equal(a, b);
        Assert.NotEqual(SeedCatalogue.CitizenPromise2022, a);
    }

    [Fact]
    public void Commitments_RepeatedId_IsRefusedNamingBothPaths()
    {
        var error = Assert.Throws<ArgumentException>(() => SeedCatalogue.CitizenPromise2022 with
        {
            Commitments = [new PromiseCommitment("tema", "Tematräffar."), new PromiseCommitment("dialog", "Dialoger."), new PromiseCommitment("tema", "Fler tematräffar.")],
        });

        Assert.Contains("commitments[2]", error.Message, StringComparison.Ordinal);
        Assert.Contains("commitments[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("\"tema\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Commitments_RepeatedIdInJson_IsRefusedWithTheSameRule()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(Trygghet.Domain.Serialization.TrygghetJson.Serialize(SeedCatalogue.CitizenPromise2022))!;
        var commitments = json["commitments"]!.AsArray();
        commitments.Add(commitments[1]!.DeepClone());

        var result = Trygghet.Domain.Serialization.TrygghetJson.Deserialize(json.ToJsonString());

        Assert.False(result.IsSuccess);
        var message = result.Error!.Message.English;
        Assert.Contains($"commitments[{commitments.Count - 1}]", message, StringComparison.Ordinal);
        Assert.Contains("commitments[1]", message, StringComparison.Ordinal);
    }
}
