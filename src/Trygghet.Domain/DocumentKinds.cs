using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Trygghet.Domain;

/// <summary>
/// The list of document kinds: a new kind is a folder (model, facts, rules, descriptor) and one line here.
/// The order is the order of the default rule set and of the rule catalogue.
/// </summary>
internal static class DocumentKinds
{
    public static ImmutableArray<DocumentDescriptor> All { get; } =
    [
        Procedure.ProtocolDocument.Descriptor,
        Procedure.ProtocolExtractDocument.Descriptor,
        Procedure.ProtocolSeriesDocument.Descriptor,
        Agreements.CooperationAgreementDocument.Descriptor,
        Portfolio.PortfolioDocument.Descriptor,
        Promises.CitizenPromiseDocument.Descriptor,
        Plans.ActionProgrammeDocument.Descriptor,
        Partnerships.PartnershipDocument.Descriptor,
        Finance.AppropriationDocument.Descriptor,
        Councils.CouncilReportDocument.Descriptor,
        CrimePreventionDuty.CrimePreventionDutyDocument.Descriptor,
    ];

    private static readonly FrozenDictionary<DocumentKind, DocumentDescriptor> ByKind =
        All.ToFrozenDictionary(d => d.Kind);

    private static readonly FrozenDictionary<Type, DocumentDescriptor> ByType =
        All.ToFrozenDictionary(d => d.Type);

    public static DocumentDescriptor Of(DocumentKind kind) => ByKind.TryGetValue(kind, out var descriptor)
        ? descriptor
        : Guard.Against.UnknownValue<DocumentDescriptor>(kind);

    /// <summary>The descriptor of a document's type, or null for a caller's own document type.</summary>
    public static DocumentDescriptor? Of(Type type) => ByType.GetValueOrDefault(type);
}
