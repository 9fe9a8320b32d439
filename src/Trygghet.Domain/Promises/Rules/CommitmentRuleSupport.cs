using Trygghet.Domain.Promises;
using Trygghet.Domain.Promises.Facts;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Promises.Rules;

/// <summary>Shared reporting of the commitment rules.</summary>
internal static class CommitmentRuleSupport
{
    public static void Report(IRuleContext ctx, CommitmentFact c, CommitmentStatus status)
    {
        foreach (var period in CommitmentEvaluator.EvaluateCommitment(c.Index, c.Commitment, c.Validity, c.Activities, ctx.AsOf))
        {
            if (period.Status == status)
            {
                ctx.Report(
                    c.Path,
                    ("commitment", c.Commitment.Id),
                    ("period", period.Period.ToString()),
                    ("counted", period.Counted),
                    ("required", period.Required),
                    ("partial", period.IsPartial),
                    ("fullPeriod", period.FullPeriod.ToString()));
            }
        }
    }
}
