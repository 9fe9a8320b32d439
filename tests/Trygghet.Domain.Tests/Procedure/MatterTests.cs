using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Tests.Common;

namespace Trygghet.Domain.Tests.Procedure;

public sealed class MatterTests
{
    private static readonly Meeting Meeting = new(new Body("Trygghetsutskottet", BodyKind.SubCommittee, 9), new DateOnly(2020, 11, 20));
    private static readonly Matter Fresh = new(CaseNumber.Parse("KS 20/0129"), "Handlingsplan socialt hållbart Bro 2020-2025");

    [Fact]
    public void ReferBack_OnAgenda_LeavesMatterOpenWithAssignment()
    {
        var referred = Fresh.PutOnAgenda(Meeting).ReferBack(Meeting, "Formulera en handlingsplan", 34);

        Assert.Equal(MatterStatus.ReferredBack, referred.Status);
        Assert.True(referred.IsOpen);
        Assert.Equal("Formulera en handlingsplan", referred.History[^1].Assignment);
        Assert.Equal(34, referred.History[^1].Paragraph);
        Assert.DoesNotContain(referred.History, e => e.Kind == MatterEventKind.Decided);
    }

    [Fact]
    public void Decide_AlreadyDecided_Throws()
    {
        var decided = Fresh.Decide(Meeting, 34);
        var ex = Assert.Throws<InvalidOperationException>(() => decided.Decide(Meeting));
        BilingualMessage.Assert(ex, "Ärendet KS 20/0129 kan inte avgöras: det är redan avgjort.", "Cannot decide matter KS 20/0129: it is already decided.");
    }

    [Fact]
    public void Return_Prepared_SaysInBothLanguagesWhatTheMatterIs()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => Fresh.Return(Meeting.Date));
        BilingualMessage.Assert(
            ex,
            "Ärendet KS 20/0129 kan inte återkomma: det är under beredning, inte återremitterat eller bordlagt.",
            "Cannot return matter KS 20/0129: it is Prepared, not ReferredBack or Tabled.");
    }

    [Fact]
    public void Decide_ReferredBackNotReturned_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Fresh.ReferBack(Meeting, "uppdrag").Decide(Meeting));

    [Fact]
    public void Return_NotReferredOrTabled_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Fresh.Return(Meeting.Date));
        Assert.Throws<InvalidOperationException>(() => Fresh.Decide(Meeting).Return(Meeting.Date));
    }

    [Fact]
    public void Return_AfterReferral_KeepsCaseNumberAndHistoryAndRenames()
    {
        var referred = Fresh.ReferBack(Meeting, "uppdrag", 34);
        var returned = referred.Return(new DateOnly(2021, 3, 1), "Ny rubrik");

        Assert.Equal(Fresh.CaseNumber, returned.CaseNumber);
        Assert.Equal("Ny rubrik", returned.Title);
        Assert.Equal(MatterStatus.Returned, returned.Status);
        Assert.Equal([.. referred.History, returned.History[^1]], returned.History.Items.ToArray());
        Assert.Equal(MatterStatus.Decided, returned.Decide(Meeting).Status);
    }

    [Fact]
    public void Table_ThenReturn_AllowsDecision()
    {
        var tabled = Fresh.Table(Meeting, 34, onMinorityDemand: true);
        Assert.True(tabled.MinorityRightUsed);
        Assert.Equal(MatterStatus.Decided, tabled.Return(Meeting.Date.AddDays(30)).Decide(Meeting).Status);
    }

    [Fact]
    public void Rename_Decided_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Fresh.Decide(Meeting).Rename(Meeting.Date, "x"));

    [Fact]
    public void Constructor_EmptyTitle_Throws() =>
        Assert.Throws<ArgumentException>(() => new Matter(CaseNumber.Parse("KS 20/0129"), " "));

    [Fact]
    public void Equality_SameTransitions_AreEqual() =>
        Assert.Equal(Fresh.ReferBack(Meeting, "uppdrag"), Fresh.ReferBack(Meeting, "uppdrag"));
}
