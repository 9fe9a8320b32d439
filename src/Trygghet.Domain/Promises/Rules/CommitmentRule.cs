using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>
/// Åtagande ej uppfyllt eller i riskzonen (a counted commitment's period in the state the rule is about; see
/// <see cref="CommitmentEvaluator"/>). One finding per period.
/// </summary>
internal sealed class CommitmentRule : PeriodicDutyRule<CommitmentFact>
{
    private CommitmentRule(RuleMetadata metadata, DutyStatus reported)
        : base(
            metadata,
            (c, p) => [("commitment", c.Commitment.Id), ("period", p.Window.ToString()), ("counted", p.Counted), ("required", p.Required),
                ("partial", p.Window != p.FullPeriod), ("fullPeriod", p.FullPeriod.ToString())],
            reported)
    {
    }

    /// <summary>ML-ATAGANDE-MISSAT: a period has ended without the count the commitment requires.</summary>
    public static CommitmentRule Missed { get; } = new(
        new() { Id = "ML-ATAGANDE-MISSAT", Basis = AgreementBases.PromiseCommitments, Tags = ["promise", "commitments"] }, DutyStatus.Missed);

    /// <summary>ML-ATAGANDE-RISK: in a running period the count lags behind an even spread of the count required.</summary>
    public static CommitmentRule AtRisk { get; } = new(
        new() { Id = "ML-ATAGANDE-RISK", Basis = AgreementBases.PromiseCommitments, DefaultSeverity = Severity.Info, Tags = ["promise", "commitments"] },
        DutyStatus.AtRisk);

    /// <inheritdoc/>
    protected override bool Applies(CommitmentFact fact) => fact.Commitment.Quota is not null;

    /// <inheritdoc/>
    protected override string PathOf(CommitmentFact fact) => fact.Path;

    /// <inheritdoc/>
    protected override IEnumerable<DutyPeriod> Periods(IRuleContext ctx, CommitmentFact fact) =>
        CommitmentEvaluator.Periods(fact.Commitment, fact.Validity, fact.Activities, ctx.AsOf, ctx.Settings.Get<PromiseSettings>());
}
