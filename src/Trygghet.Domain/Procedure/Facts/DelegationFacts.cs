using Trygghet.Domain.Rules;

namespace Trygghet.Domain.Procedure.Facts;

/// <summary>Fakta: ett delegationsbeslut i en protokollserie (a delegated decision on the body's record).</summary>
/// <param name="Date">The day decided.</param>
/// <param name="Delegate">Who decided.</param>
/// <param name="Matter">The matter as written.</param>
/// <param name="Basis">The mandate (delegation, employee, urgent).</param>
/// <param name="MatterKind">Whether KL 6 kap. 38 § forbids delegating the matter.</param>
/// <param name="Appealable">True for an ordinary decision (KL 13 kap. 2 § 2).</param>
/// <param name="NotReported">True when the body decided it is not reported to it.</param>
/// <param name="ReportedAt">The meeting it was reported at, or null.</param>
/// <param name="NextMeeting">The series' first meeting after the decision, or null when none is recorded.</param>
/// <param name="Announced">True when its own notice on the notice board is recorded.</param>
/// <param name="Path">JSON path ("$.delegatedDecisions[2]").</param>
public sealed record DelegatedDecisionRecorded(
    DateOnly Date,
    string Delegate,
    string Matter,
    DelegationBasis Basis,
    DelegatedMatterKind MatterKind,
    bool Appealable,
    bool NotReported,
    DateOnly? ReportedAt,
    DateOnly? NextMeeting,
    bool Announced,
    string Path) : IFact;
