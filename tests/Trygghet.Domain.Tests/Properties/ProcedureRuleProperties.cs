using FsCheck;
using FsCheck.Fluent;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Procedure.Facts;
using Trygghet.Domain.Tests.Procedure.Rules;
using static Trygghet.Domain.Tests.Properties.DomainGenerators;

namespace Trygghet.Domain.Tests.Properties;

/// <summary>The procedure rules and the pure deadline API are one implementation: they always agree.</summary>
public sealed class ProcedureRuleProperties
{
    private static readonly Body Committee = new("Nämnden", BodyKind.Committee);

    /// <summary>A protocol of a meeting in 2018-2150, attested 0-25 days later, posted 0-6 days after that, removed 0-30 days after posting.</summary>
    private static readonly Arbitrary<(DateOnly Meeting, int Attest, int Post, int Remove)> Protocols = Arb.From(
        from meeting in Gen.Choose(new DateOnly(2018, 1, 1).DayNumber, new DateOnly(2150, 12, 31).DayNumber).Select(DateOnly.FromDayNumber)
        from attest in Gen.Choose(0, 25)
        from post in Gen.Choose(0, 6)
        from remove in Gen.Choose(0, 30)
        select (Meeting: meeting, Attest: attest, Post: post, Remove: remove),
        t => ShrinkDate(t.Meeting).Where(d => d.Year >= 2018).Select(m => (m, t.Attest, t.Post, t.Remove))
            .Concat(t.Attest > 0 ? [(t.Meeting, t.Attest / 2, t.Post, t.Remove)] : [])
            .Concat(t.Post > 0 ? [(t.Meeting, t.Attest, t.Post / 2, t.Remove)] : [])
            .Concat(t.Remove > 0 ? [(t.Meeting, t.Attest, t.Post, t.Remove / 2)] : []));

    /// <summary>Up to eight paragraphs, each with an outcome and whether an appeal is registered.</summary>
    private static readonly Arbitrary<(DecisionOutcome Outcome, bool Appealed)[]> Paragraphs = Arb.From(
        Gen.ListOf(Gen.Elements(Enum.GetValues<DecisionOutcome>()).Zip(Gen.Elements(false, false, true))).Select(l => l.Take(8).ToArray()),
        a => Enumerable.Range(0, a.Length).Select(i => a.Where((_, j) => j != i).ToArray()));

    [DomainProperty]
    public Property OnlyDecidedUnappealedParagraphs_BecomeFinal_ReferralsNever() =>
        Prop.ForAll(Paragraphs, items =>
        {
            var day = new DateOnly(2024, 3, 4);
            var protocol = new Protocol(
                    new Meeting(Committee, day),
                    [.. items.Select((t, i) => new Paragraph(i + 1, $"Ärende {i + 1}")
                    {
                        Decision = new(t.Outcome),
                        Appeals = t.Appealed ? [new Appeal(day.AddDays(10))] : [],
                    })])
                .WithAttestation(new Attestation(day.AddDays(2)))
                .WithNotice(new Notice(day.AddDays(3)));
            var session = ProcedureRuleHarness.Run(protocol, day.AddDays(60));
            var final = session.Query<ParagraphLegallyFinal>().Select(f => f.Paragraph).Order().ToArray();
            var expected = items.Select((t, i) => (t, n: i + 1)).Where(x => x.t.Outcome == DecisionOutcome.Decided && !x.t.Appealed).Select(x => x.n).ToArray();
            return final.SequenceEqual(expected);
        });

    [DomainProperty]
    public Property RuleChain_AgreesWithTheDeadlineCalculator() =>
        Prop.ForAll(Protocols, t =>
        {
            var attested = t.Meeting.AddDays(t.Attest);
            var posted = attested.AddDays(t.Post);
            var removed = posted.AddDays(t.Remove);
            var protocol = new Protocol(new Meeting(Committee, t.Meeting), [new Paragraph(1, "Beslut") { Decision = new(DecisionOutcome.Decided) }])
                .WithAttestation(new Attestation(attested))
                .WithNotice(new Notice(posted, removed));
            var chain = ProcedureDeadlines.Compute(t.Meeting, attested, posted, removed);
            var session = ProcedureRuleHarness.Run(protocol, removed.AddDays(60));
            var ids = session.Findings.Select(f => f.RuleId).ToHashSet();

            return session.Query<AttestationDeadline>().Single().Deadline == chain.AttestationDeadline
                && session.Query<NoticeDeadline>().Single().Deadline == chain.NoticeDeadline
                && session.Query<AppealPeriodEnd>().Single().Deadline == chain.AppealPeriodEnds
                && session.Query<LegallyFinalFrom>().Select(f => (DateOnly?)f.From).SingleOrDefault() == chain.LegallyFinalFrom
                && ids.Contains("KL-5-69-JUSTERING-SEN") == chain.AttestedLate
                && ids.Contains("KL-8-12-ANSLAG-SEN") == chain.PostedLate
                && ids.Contains("KL-8-12-ANSLAG-NEDTAGET-TIDIGT") == chain.RemovedEarly;
        });
}
