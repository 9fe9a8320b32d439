using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>ML-AKTIVITET-OKANT: an activity is recorded for a commitment the promise does not have, so it counts for nothing.</summary>
internal sealed class UnknownCommitmentActivityRule : Rule
{
    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "ML-AKTIVITET-OKANT",
        Name = new("Aktivitet för okänt åtagande", "Activity for an unknown commitment"),
        Description = new(
            "Varje registrerad aktivitet ska höra till ett av medborgarlöftets åtaganden.",
            "Every recorded activity must belong to one of the promise's commitments."),
        Message = new(
            "Aktiviteten {date} hör till åtagandet {commitment}, som medborgarlöftet inte har.",
            "The activity on {date} belongs to commitment {commitment}, which the promise does not have."),
        Basis = AgreementBases.PromiseCommitments,
        DefaultSeverity = Severity.Warning,
        Tags = ["promise", "commitments"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ActivityFact>(a => !a.CommitmentKnown)
            .Then((ctx, a) => ctx.Report(a.Path + ".commitmentId", ("date", a.Date), ("commitment", a.CommitmentId)));
}
