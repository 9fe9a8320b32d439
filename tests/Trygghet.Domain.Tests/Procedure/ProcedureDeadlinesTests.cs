using Trygghet.Domain.Procedure;

namespace Trygghet.Domain.Tests.Procedure;

public sealed class ProcedureDeadlinesTests
{
    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void Compute_SeedProtocolRemovedTheDayAfter_AllStepsInTime()
    {
        var chain = ProcedureDeadlines.Compute(D(2020, 11, 20), D(2020, 11, 25), D(2020, 11, 25), D(2020, 12, 17), BodyKind.SubCommittee);

        Assert.Equal(D(2020, 12, 4), chain.AttestationDeadline.Date);
        Assert.Equal(D(2020, 11, 27), chain.NoticeDeadline.Date);
        Assert.Equal(D(2020, 12, 16), chain.AppealPeriodEnds.Date);
        Assert.False(chain.AppealPeriodEnds.IsMoved);
        Assert.Equal(D(2020, 12, 17), chain.LegallyFinalFrom);
        Assert.False(chain.AttestedLate);
        Assert.False(chain.PostedLate);
        Assert.False(chain.RemovedEarly);
        Assert.False(chain.IsProjected);
    }

    [Fact]
    public void Compute_SeedRemovalOnTheLastAppealDay_RemovedEarlyAndNotFinal_UnlessRemovedAtEndOfDay()
    {
        var chain = ProcedureDeadlines.Compute(D(2020, 11, 20), D(2020, 11, 25), D(2020, 11, 25), D(2020, 12, 16));

        Assert.Equal(D(2020, 12, 17), chain.EarliestRemoval);
        Assert.True(chain.RemovedEarly);
        Assert.Null(chain.LegallyFinalFrom);

        var endOfDay = new ProcedureSettings { NoticeRemoval = NoticeRemovalPolicy.AtEndOfRecordedDay };
        var lenient = ProcedureDeadlines.Compute(D(2020, 11, 20), D(2020, 11, 25), D(2020, 11, 25), D(2020, 12, 16), settings: endOfDay);
        Assert.Equal(D(2020, 12, 16), lenient.EarliestRemoval);
        Assert.False(lenient.RemovedEarly);
        Assert.Equal(D(2020, 12, 17), lenient.LegallyFinalFrom);
    }

    [Fact]
    public void Compute_DeadlinesOnHolidays_MoveToNextWorkingDay()
    {
        // Meeting 2023-12-10: +14 = 2023-12-24 (julafton, a Sunday) -> 2023-12-27 after juldagen and annandag jul.
        var chain = ProcedureDeadlines.Compute(D(2023, 12, 10));
        Assert.Equal(D(2023, 12, 24), chain.AttestationDeadline.Unshifted);
        Assert.Equal(D(2023, 12, 27), chain.AttestationDeadline.Date);
        Assert.True(chain.IsProjected);

        // Posted 2024-03-08: three weeks later is långfredagen 2024-03-29 -> tisdag 2024-04-02 after annandag påsk.
        Assert.Equal(D(2024, 4, 2), ProcedureDeadlines.AppealPeriod(D(2024, 3, 8)).Date);
    }

    [Fact]
    public void Compute_LateSteps_AreFlagged()
    {
        var chain = ProcedureDeadlines.Compute(D(2024, 3, 4), attested: D(2024, 3, 20), posted: D(2024, 3, 25));
        Assert.True(chain.AttestedLate);
        Assert.Equal(D(2024, 3, 22), chain.NoticeDeadline.Date);
        Assert.True(chain.PostedLate);
        Assert.Equal(D(2024, 4, 15), chain.AppealPeriodEnds.Date);
    }

    [Fact]
    public void Citation_DependsOnTheBody()
    {
        Assert.StartsWith("KL 5 kap. 69 §", ProcedureDeadlines.Compute(D(2024, 3, 4), body: BodyKind.Council).Citation.Swedish, StringComparison.Ordinal);
        Assert.StartsWith("KL 6 kap. 35 §", ProcedureDeadlines.Compute(D(2024, 3, 4), body: BodyKind.SubCommittee).Citation.Swedish, StringComparison.Ordinal);
    }

    [Fact]
    public void For_SeedProtocol_EqualsCompute() =>
        Assert.Equal(
            ProcedureDeadlines.Compute(D(2020, 11, 20), D(2020, 11, 25), D(2020, 11, 25), D(2020, 12, 16), BodyKind.SubCommittee),
            ProcedureDeadlines.For(Trygghet.Domain.Samples.SeedCatalogue.SafetyCommitteeProtocol20201120));

    [Fact]
    public void Compute_WithoutMoving_UsesCalendarDays() =>
        Assert.Equal(D(2023, 12, 24), ProcedureDeadlines.Compute(D(2023, 12, 10), settings: new() { MoveDeadlinesToWorkingDay = false }).AttestationDeadline.Date);

    [Fact]
    public void Compute_PostedBeforeAttested_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ProcedureDeadlines.Compute(D(2024, 3, 4), D(2024, 3, 8), D(2024, 3, 7)));

    [Fact]
    public void Quorum_MoreThanHalfOfAllSeats()
    {
        Assert.False(Quorum.IsQuorate(5, 10));
        Assert.True(Quorum.IsQuorate(6, 10));
        Assert.True(Quorum.IsQuorate(5, 9));
        Assert.Equal(6, Quorum.MinimumPresent(11));
    }

    [Theory]
    [InlineData(BodyKind.Council, 17, 51, false, false, true, MinorityReferralGround.ThirdOfPresentDemands)]
    [InlineData(BodyKind.Council, 16, 51, false, false, false, MinorityReferralGround.BelowOneThird)]
    [InlineData(BodyKind.Council, 30, 51, true, false, false, MinorityReferralGround.MinorityRightAlreadyUsed)]
    [InlineData(BodyKind.Council, 30, 51, false, true, false, MinorityReferralGround.Election)]
    [InlineData(BodyKind.ExecutiveBoard, 5, 11, false, false, false, MinorityReferralGround.NotCouncil)]
    public void MinorityReferral_Evaluate(BodyKind body, int demanding, int present, bool used, bool election, bool must, MinorityReferralGround ground)
    {
        var result = MinorityReferral.Evaluate(body, demanding, present, used, election);
        Assert.Equal(must, result.MustBeGranted);
        Assert.Equal(ground, result.Ground);
    }

    [Fact]
    public void Votation_TieWithCastingVote_ChairDecides()
    {
        var v = new Votation("Bifall till liggande förslag?")
        {
            Ballots = [new(new Person("A"), VoteChoice.Yes), new(new Person("B"), VoteChoice.No), new(new Person("C"), VoteChoice.Abstain)],
        };
        Assert.True(v.IsTie);
        Assert.Null(v.Outcome);
        Assert.Equal(VoteChoice.No, (v with { CastingVote = VoteChoice.No }).Outcome);
        Assert.Equal(1, v.Abstentions);
    }
}
