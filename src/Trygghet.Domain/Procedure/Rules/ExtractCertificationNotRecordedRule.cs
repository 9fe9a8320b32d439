using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Authoring;

namespace Trygghet.Domain.Procedure.Rules;

/// <summary>
/// Utdragsbestyrkande ej redovisat (the extract does not record who certified it or when): a "not recorded"
/// finding, since the certification is what shows the extract agrees with the original protocol.
/// </summary>
internal sealed class ExtractCertificationNotRecordedRule : Rule
{
    private static readonly LocalizedText Whole = new("något utdragsbestyrkande", "any extract certification");
    private static readonly LocalizedText Who = new("vem som bestyrkte utdraget", "who certified the extract");
    private static readonly LocalizedText When = new("när utdraget bestyrktes", "when the extract was certified");

    /// <inheritdoc/>
    public override RuleMetadata Metadata { get; } = new()
    {
        Id = "UTDRAG-BESTYRKANDE-EJ-REDOVISAT",
        Basis = LegalBasis.Document(new("utdragsbestyrkande", "extract certification")),
        DefaultSeverity = Severity.Info,
        Tags = ["procedure", "extract", "not-recorded"],
    };

    /// <inheritdoc/>
    protected override void Define(RuleBuilder rule) =>
        rule.Match<ProtocolExtract>()
            .Then((ctx, extract) =>
            {
                if (extract.Certification is not { } certification)
                {
                    ctx.Report("certification", ("part", Whole));
                    return;
                }

                if (certification.CertifiedBy is null)
                {
                    ctx.Report("certification.certifiedBy", ("part", Who));
                }

                if (certification.Date is null)
                {
                    ctx.Report("certification.date", ("part", When));
                }
            });
}
