using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Samples;
using Trygghet.Domain.Tests.Properties;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Tests.Procedure.Rules;

/// <summary>
/// A protocol extract is its own kind: its paragraphs are judged on what it records, what it does not show is not
/// missing from the protocol, and its certification is recorded or reported "not recorded".
/// </summary>
public sealed class ProtocolExtractRulesTests
{
    private static readonly DateOnly YearEnd = new(2019, 12, 31);
    private static ProtocolExtract Seed => SeedCatalogue.ExecutiveBoardExtract20190410;

    private static readonly string[] ChainGaps = ["KL-5-69-JUSTERING-SAKNAS", "KL-8-12-ANSLAG-SAKNAS"];

    [Fact]
    public void SeedExtract_NoJusteringFinding_CertificationNotRecordedAsInfo()
    {
        var report = TrygghetValidator.Default.Validate(Seed, YearEnd);

        var finding = Assert.Single(report.Findings);
        Assert.Equal("UTDRAG-BESTYRKANDE-EJ-REDOVISAT", finding.RuleId);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Equal(BasisKind.Document, finding.BasisKind);
        Assert.Equal("$.certification", finding.Path);
        Assert.Equal("Protokollsutdraget redovisar inte något utdragsbestyrkande.", finding.Message.Swedish);
        Assert.True(report.IsCompliant);
    }

    [Fact]
    public void Certification_WhoAndWhenRecorded_NoFinding_EitherMissing_NamesIt()
    {
        var who = new Person("Anna Registrator");
        var day = new DateOnly(2019, 4, 20);

        Assert.Empty(Validate(Seed with { Certification = new() { CertifiedBy = who, Date = day } }));
        Assert.Equal(["$.certification.date"], Validate(Seed with { Certification = new() { CertifiedBy = who } }).Select(f => f.Path));
        Assert.Equal(["$.certification.certifiedBy"], Validate(Seed with { Certification = new() { Date = day } }).Select(f => f.Path));
    }

    [Fact]
    public void RecordedNotice_StartsTheAppealPeriod_ALateAppealIsReported()
    {
        var appealed = DecidedAndAppealed(new DateOnly(2019, 6, 1));
        var certified = appealed with { Certification = new() { CertifiedBy = new Person("Anna Registrator"), Date = new DateOnly(2019, 4, 20) } };

        var withNotice = Validate(certified with { Notice = new Notice(new DateOnly(2019, 4, 17)) });
        var withoutNotice = Validate(certified);

        Assert.Contains(withNotice, f => f.RuleId == "KL-13-5-OVERKLAGANDE-FOR-SENT");
        Assert.DoesNotContain(withoutNotice, f => f.RuleId == "KL-13-5-OVERKLAGANDE-FOR-SENT");
        Assert.DoesNotContain(withNotice.Concat(withoutNotice), f => ChainGaps.Contains(f.RuleId));
    }

    [Fact]
    public void RecordedJusteringAndNotice_AreJudged_JusteringAloneIsNot()
    {
        var late = new Attestation(new DateOnly(2019, 5, 20));

        var both = Validate(Seed with { Attestation = late, Notice = new Notice(new DateOnly(2019, 5, 20)) });
        var alone = Validate(Seed with { Attestation = late });

        Assert.Contains(both, f => f.RuleId == "KL-5-69-JUSTERING-SEN");
        Assert.DoesNotContain(alone, f => f.RuleId is "KL-5-69-JUSTERING-SEN" || ChainGaps.Contains(f.RuleId));
    }

    /// <summary>
    /// Law of the kind: an extract of any paragraphs of a protocol, validated on any later day, never reports the
    /// protocol's justering or anslag as missing: an extract does not carry them.
    /// </summary>
    [DomainProperty]
    public Property AnyExtractOfTheSeedProtocol_NeverReportsTheChainAsMissing() =>
        Prop.ForAll(
            Gen.Choose(1, (1 << SeedCatalogue.SafetyCommitteeProtocol20201120.Paragraphs.Count) - 1).Zip(Gen.Choose(0, 2000)).ToArbitrary(),
            t =>
            {
                var protocol = SeedCatalogue.SafetyCommitteeProtocol20201120;
                var extract = new ProtocolExtract(protocol.Meeting, [.. protocol.Paragraphs.Where((_, i) => (t.Item1 & (1 << i)) != 0)]);
                var findings = TrygghetValidator.Default.Validate(extract, protocol.Meeting.Date.AddDays(t.Item2)).Findings;
                return findings.All(f => !ChainGaps.Contains(f.RuleId));
            });

    private static ValidationFinding[] Validate(ProtocolExtract extract) =>
        [.. TrygghetValidator.Default.Validate(extract, YearEnd).Findings];

    /// <summary>The seed extract with § 50 decided on its merits (an ordinary, appealable decision) and appealed on a day.</summary>
    private static ProtocolExtract DecidedAndAppealed(DateOnly received)
    {
        var p50 = Seed.Paragraphs[0];
        return new ProtocolExtract(Seed.Meeting, [p50 with { Decision = p50.Decision! with { Outcome = DecisionOutcome.Decided }, Appeals = [new Appeal(received)] }]);
    }
}
