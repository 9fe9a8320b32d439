using Trygghet.Domain.Common;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Plans;

public sealed class ActionProgrammeTests
{
    private static readonly CaseNumber Ks = CaseNumber.Parse("KS 20/0649");

    [Fact]
    public void Constructor_EmptyTitle_Throws() =>
        Assert.Throws<ArgumentException>("Title", () => new ActionProgramme(" ", "Upplands-Bro kommun"));

    [Fact]
    public void Equality_IsStructural()
    {
        static ActionProgramme Build() => new("Plan", "Kommun")
        {
            FocusAreas = [new FocusArea(1, "A") { SubGoals = [new SubGoal(1, "G") { Indicators = [new Indicator("I") { FollowUps = [new FollowUpMethod("Årlig", FollowUpCadence.Annual)] }] }] }],
        };

        Assert.Equal(Build(), Build());
        Assert.NotEqual(Build(), Build() with { Goal = "Annat" });
    }

    [Fact]
    public void CurrentTitle_WithoutRenaming_IsTheTitle() =>
        Assert.Equal("Plan", new ActionProgramme("Plan", "Kommun").CurrentTitle());

    [Fact]
    public void CurrentTitle_AfterRenamings_IsTheLastNewTitle() =>
        Assert.Equal("Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck", SeedCatalogue.ViolenceInCloseRelationshipsPlan.CurrentTitle());

    [Fact]
    public void HandlingStep_RenamedWithoutNewTitle_Throws() =>
        Assert.Throws<ArgumentException>("renamedTo", () => new HandlingStep("KS", new DateOnly(2019, 4, 10), 50, Ks, "T", [HandlingOutcome.Renamed]));

    [Fact]
    public void HandlingStep_NewTitleWithoutRenaming_Throws() =>
        Assert.Throws<ArgumentException>("renamedTo", () => new HandlingStep("KS", new DateOnly(2019, 4, 10), 50, Ks, "T", [HandlingOutcome.Adopted], "Ny"));

    [Fact]
    public void HandlingStep_NoOrRepeatedOutcomes_Throw()
    {
        Assert.Throws<ArgumentException>("outcomes", () => new HandlingStep("KS", new DateOnly(2019, 4, 10), 50, Ks, "T", []));
        Assert.Throws<ArgumentException>("outcomes", () => new HandlingStep("KS", new DateOnly(2019, 4, 10), 50, Ks, "T", [HandlingOutcome.Adopted, HandlingOutcome.Adopted]));
    }

    [Fact]
    public void HandlingStep_ParagraphZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("paragraph", () => new HandlingStep("KS", new DateOnly(2019, 4, 10), 0, Ks, "T", [HandlingOutcome.Adopted]));

    [Fact]
    public void TitleAfter_RenamedStep_IsTheNewTitle() =>
        Assert.Equal("Ny", new HandlingStep("KS", new DateOnly(2019, 4, 10), 50, Ks, "Gammal", [HandlingOutcome.Renamed], "Ny").TitleAfter());

    [Fact]
    public void SubGoal_NumberZero_Throws() => Assert.Throws<ArgumentOutOfRangeException>("Number", () => new SubGoal(0, "G"));

    [Fact]
    public void FollowUpMethod_UnknownCadence_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>("Cadence", () => new FollowUpMethod("x", (FollowUpCadence)99));

    [Fact]
    public void AddRecorded_AddsTheDayAndLeavesTheOriginalUnchanged()
    {
        var method = new FollowUpMethod("Årlig", FollowUpCadence.Annual);
        var recorded = method.AddRecorded(new DateOnly(2021, 3, 1));
        Assert.Empty(method.Recorded);
        Assert.Equal([new DateOnly(2021, 3, 1)], recorded.Recorded);
    }
}
