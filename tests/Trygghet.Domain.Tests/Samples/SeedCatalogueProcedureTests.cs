using Trygghet.Domain.Procedure;
using Trygghet.Domain.Samples;

namespace Trygghet.Domain.Tests.Samples;

/// <summary>Spot checks of the procedure seeds against the text of seeds 000, 001 and 004.</summary>
public sealed class SeedCatalogueProcedureTests
{
    private static readonly Protocol Seed = SeedCatalogue.SafetyCommitteeProtocol20201120;

    [Fact]
    public void SafetyCommitteeProtocol_Meeting_MatchesSeedHeader()
    {
        var m = Seed.Meeting;
        Assert.Equal("Trygghetsutskottet", m.Body.Name);
        Assert.Equal(BodyKind.SubCommittee, m.Body.Kind);
        Assert.Equal(new DateOnly(2020, 11, 20), m.Date);
        Assert.Equal(new TimeOnly(8, 30), m.Start);
        Assert.Equal(new TimeOnly(10, 35), m.End);
        Assert.Equal("Distans genom Teams", m.Place);
        Assert.Equal(7, m.Members.Count);
        Assert.Equal(8, m.ServingCount);
    }

    [Fact]
    public void SafetyCommitteeProtocol_People_MatchSeed()
    {
        var m = Seed.Meeting;
        Assert.Equal(new Member(new Person("Hans Åberg", "L"), MemberRole.FirstViceChair), m.Members[0]);
        Assert.Equal(new Member(new Person("Camilla Janson", "S"), MemberRole.SecondViceChair), m.Members[1]);
        Assert.Equal("SD", m.Members[^1].Person.Party);
        Assert.Equal(new Person("Göran Malmstedt", "M"), m.ServingSubstitutes[0].Person);
        Assert.Equal(["Jan-Erik Björk (KD)", "Martin Normark (L)", "Juan Chacon (S)"], m.PresentSubstitutes.Select(p => p.ToString()));
        Assert.Equal(9, m.OtherParticipants.Count);
        Assert.Equal("Sekreterare", m.OtherParticipants[0].Title);
        Assert.Contains(m.OtherParticipants, p => p.Person.Name == "Magnus Nilsson" && p.Organisation == "Polisen" && p.Paragraphs.Contains(37));
        Assert.Equal(new Person("Hans Åberg", "L"), Seed.Chair);
        Assert.Equal(new Person("Sanna Ajaxén"), Seed.Secretary);
        Assert.Equal([new Person("Camilla Janson", "S")], Seed.Attesters.Items.ToArray());
    }

    [Fact]
    public void SafetyCommitteeProtocol_AttestationAndNotice_MatchAnslagBevis()
    {
        Assert.Equal(new DateOnly(2020, 11, 25), Seed.Attestation!.Date);
        Assert.Equal(new TimeOnly(12, 0), Seed.Attestation.Time);
        Assert.Equal("Digital justering", Seed.Attestation.Place);
        Assert.Equal(new DateOnly(2020, 11, 25), Seed.Notice!.Posted);
        Assert.Equal(new DateOnly(2020, 12, 16), Seed.Notice.Removed);
        Assert.Equal("Kommunledningskontoret", Seed.Notice.ProtocolKeptAt);
    }

    [Fact]
    public void SafetyCommitteeProtocol_Paragraphs_MatchTableOfContents()
    {
        Assert.Equal([33, 34, 35, 36, 37, 38, 39], Seed.Paragraphs.Select(p => p.Number));
        Assert.Equal(["KS 20/0600", "KS 20/0129", "KS 20/0649", "KS 20/0726"], Seed.Paragraphs.Where(p => p.CaseNumber is not null).Select(p => p.CaseNumber!.ToString()));
        Assert.Equal("Rapporter", Seed.FindParagraph(37)!.Title);
        Assert.Equal(["Socialchef"], Seed.FindParagraph(36)!.Dispatch);
    }

    [Fact]
    public void SafetyCommitteeProtocol_Paragraph34_IsReferralWithAssignment()
    {
        var p34 = Seed.FindParagraph(34)!;
        Assert.Equal(DecisionOutcome.ReferredBack, p34.Decision!.Outcome);
        Assert.Contains("budget 2021", p34.Decision.Assignment, StringComparison.Ordinal);
        var motion = Assert.Single(p34.Motions);
        Assert.Equal(MotionKind.Referral, motion.Kind);
        Assert.Equal(new Person("Hans Åberg", "L"), motion.MovedBy);
        Assert.Equal(0, p34.DecisionProcess!.AdoptedMotion);
        Assert.Equal(2, p34.Decision.Points.Count);
    }

    [Fact]
    public void SafetyCommitteeProtocol_Paragraph35_AdditionAdopted()
    {
        var p35 = Seed.FindParagraph(35)!;
        Assert.Equal(MotionKind.Addition, Assert.Single(p35.Motions).Kind);
        Assert.Equal("Mary Svennberg", p35.Motions[0].MovedBy.Name);
        Assert.Equal(DecisionOutcome.Decided, p35.Decision!.Outcome);
        Assert.Contains(p35.DecisionBasis, b => b.Contains("SN 18/0162", StringComparison.Ordinal));
    }

    [Fact]
    public void ExecutiveBoardParagraph50_ReferralRenamedAndSupportedByThree()
    {
        var p50 = SeedCatalogue.ExecutiveBoardParagraph50Of2019;
        Assert.Equal(50, p50.Number);
        Assert.Equal("KS 19/0178", p50.CaseNumber!.ToString());
        Assert.Equal(DecisionOutcome.ReferredBack, p50.Decision!.Outcome);
        Assert.Equal(MotionKind.Referral, p50.Motions[0].Kind);
        Assert.Equal(3, p50.Motions.Count(m => m.Kind == MotionKind.Approval && m.Supports == 0));
        Assert.Equal(["Socialnämnden"], p50.Dispatch);
    }

    [Fact]
    public void ViolenceMatter_ReturnsUnderSameCaseNumberWithNewTitle()
    {
        var matter = SeedCatalogue.ViolenceInCloseRelationshipsMatter;
        Assert.Equal("KS 19/0178", matter.CaseNumber.ToString());
        Assert.Equal(MatterStatus.Returned, matter.Status);
        Assert.Equal("Handlingsplan mot våld i nära relation samt hedersrelaterat våld och förtryck", matter.Title);
        Assert.Equal(
            [MatterEventKind.PutOnAgenda, MatterEventKind.ReferredBack, MatterEventKind.Renamed, MatterEventKind.Returned],
            matter.History.Select(e => e.Kind));
        Assert.DoesNotContain(matter.History, e => e.Kind == MatterEventKind.Decided);
    }

    [Fact]
    public void ExecutiveBoardParagraph22_FourModeratesDoNotTakePart()
    {
        var p22 = SeedCatalogue.ExecutiveBoardParagraph22Of2020;
        Assert.Equal("KS 2020/66", p22.CaseNumber!.ToString());
        Assert.Equal(["Sven Gustafsson", "Linus Björkman", "Michael Fridebäck", "Alexandra Anstrell"], p22.Decision!.NotTakingPart.Select(p => p.Name));
        Assert.All(p22.Decision.NotTakingPart, p => Assert.Equal("M", p.Party));
        Assert.Equal(4, p22.Decision.Points.Count);
    }

    [Fact]
    public void SocialCommitteeParagraph26_CaseNumberAndSupporters()
    {
        var p26 = SeedCatalogue.SocialCommitteeParagraph26Of2019;
        Assert.Equal("SN 18/0162", p26.CaseNumber!.ToString());
        Assert.Equal(5, p26.Motions[0].Supporters.Count);
        Assert.Equal(3, p26.Decision!.Points.Count);
    }
}
