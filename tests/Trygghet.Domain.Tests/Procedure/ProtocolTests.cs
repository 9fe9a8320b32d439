using Trygghet.Domain.Common;
using Trygghet.Domain.Procedure;

namespace Trygghet.Domain.Tests.Procedure;

public sealed class ProtocolTests
{
    private static readonly Meeting Meeting = new(new Body("Socialnämnden", BodyKind.Committee, 11), new DateOnly(2024, 3, 4));
    private static readonly Protocol Draft = new(Meeting, [new Paragraph(1, "Val av justerare"), new Paragraph(2, "Budget")]);

    [Fact]
    public void Kind_IsProtocol() => Assert.Equal(DocumentKind.Protocol, Draft.Kind);

    [Fact]
    public void Constructor_DuplicateParagraphNumber_Throws() =>
        Assert.Throws<ArgumentException>(() => new Protocol(Meeting, [new Paragraph(1, "a"), new Paragraph(1, "b")]));

    [Fact]
    public void WithAttestation_Twice_Throws()
    {
        var attested = Draft.WithAttestation(new Attestation(new DateOnly(2024, 3, 8)));
        Assert.Throws<InvalidOperationException>(() => attested.WithAttestation(new Attestation(new DateOnly(2024, 3, 9))));
    }

    [Fact]
    public void WithAttestation_BeforeMeeting_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Draft.WithAttestation(new Attestation(new DateOnly(2024, 3, 3))));

    [Fact]
    public void WithNotice_NotAttested_Throws() =>
        Assert.Throws<InvalidOperationException>(() => Draft.WithNotice(new Notice(new DateOnly(2024, 3, 8))));

    [Fact]
    public void WithNoticeRemoved_AfterPosting_RecordsRemoval()
    {
        var p = Draft.WithAttestation(new Attestation(new DateOnly(2024, 3, 8)))
            .WithNotice(new Notice(new DateOnly(2024, 3, 8)) { ProtocolKeptAt = "Kansliet" })
            .WithNoticeRemoved(new DateOnly(2024, 3, 29));
        Assert.Equal(new DateOnly(2024, 3, 29), p.Notice!.Removed);
        Assert.Equal("Kansliet", p.Notice.ProtocolKeptAt);
        Assert.Throws<InvalidOperationException>(() => p.WithNoticeRemoved(new DateOnly(2024, 3, 30)));
    }

    [Fact]
    public void Notice_RemovedBeforePosted_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Notice(new DateOnly(2024, 3, 8), new DateOnly(2024, 3, 7)));

    [Fact]
    public void WithAppealAndFinal_ChangeOnlyThatParagraph()
    {
        var p = Draft.WithAppeal(2, new Appeal(new DateOnly(2024, 3, 20))).WithParagraphFinal(1, new DateOnly(2024, 4, 1));
        Assert.Single(p.FindParagraph(2)!.Appeals);
        Assert.Empty(p.FindParagraph(1)!.Appeals);
        Assert.Equal(new DateOnly(2024, 4, 1), p.FindParagraph(1)!.LegallyFinalFrom);
        Assert.Throws<ArgumentOutOfRangeException>(() => Draft.WithAppeal(9, new Appeal(new DateOnly(2024, 3, 20))));
    }

    [Fact]
    public void WithImmediateNotice_WithoutImmediateAttestation_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => Draft.WithImmediateNotice(1, new Notice(new DateOnly(2024, 3, 4))));
        var attested = Draft.WithImmediateAttestation(1, new Attestation(new DateOnly(2024, 3, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => attested.WithImmediateAttestation(2, new Attestation(new DateOnly(2024, 3, 4))).WithImmediateNotice(2, new Notice(new DateOnly(2024, 3, 3))));
        Assert.Equal(new DateOnly(2024, 3, 5), attested.WithImmediateNotice(1, new Notice(new DateOnly(2024, 3, 5))).FindParagraph(1)!.ImmediateNotice!.Posted);
        Assert.Null(attested.FindParagraph(2)!.ImmediateAttestation);
    }

    [Fact]
    public void Equality_IsStructural()
    {
        var a = new Protocol(Meeting, [new Paragraph(1, "Budget") { Dispatch = ["Ekonomi"] }]);
        var b = new Protocol(Meeting, [new Paragraph(1, "Budget") { Dispatch = ["Ekonomi"] }]);
        Assert.Equal(a, b);
        Assert.NotEqual(a, b.WithAttestation(new Attestation(Meeting.Date)));
    }

    [Fact]
    public void Meeting_EndBeforeStart_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Meeting(Meeting.Body, Meeting.Date, new TimeOnly(10, 0), new TimeOnly(9, 0)));
}
