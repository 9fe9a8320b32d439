using Trygghet.Domain.Procedure;
using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Validation;

/// <summary>
/// Fristrapport (deadline report): the deadline chain of a meeting and the rules' findings on the recorded days,
/// as returned by <see cref="DeadlineCalculator.Calculate"/>.
/// </summary>
/// <remarks>
/// Immutable; record equality (findings compare element by element). Findings are ordered like a
/// <see cref="ValidationReport"/>'s: by severity (errors first), then rule id, then path.
/// </remarks>
public sealed record DeadlineReport
{
    /// <summary>Fristkedjan (the chain: deadlines, recorded days, projected steps).</summary>
    public required DeadlineChain Chain { get; init; }

    /// <summary>Per datum (the as-of date the "missing" rules judged by).</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Tillämpningsdatum (the date whose law versions applied: the meeting date).</summary>
    public required DateOnly EvaluationDate { get; init; }

    /// <summary>Iakttagelser (the findings of the chain's rules), errors first.</summary>
    public required EquatableArray<ValidationFinding> Findings { get; init; }

    /// <summary>Inom fristerna (compliant): true when no finding has error severity.</summary>
    public bool IsCompliant => !Findings.Any(f => f.Severity == Severity.Error);

    /// <summary>The findings of one rule.</summary>
    /// <param name="ruleId">The rule id.</param>
    /// <returns>Those findings, in report order.</returns>
    public IEnumerable<ValidationFinding> FindingsFor(string ruleId) => Findings.Where(f => f.RuleId == ruleId);
}
