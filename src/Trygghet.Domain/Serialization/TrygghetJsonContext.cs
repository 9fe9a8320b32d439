using System.Text.Json;
using System.Text.Json.Serialization;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.Councils;
using Trygghet.Domain.Finance;
using Trygghet.Domain.Partnerships;
using Trygghet.Domain.Plans;
using Trygghet.Domain.Portfolio;
using Trygghet.Domain.Procedure;
using Trygghet.Domain.Promises;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Validation;

namespace Trygghet.Domain.Serialization;

/// <summary>
/// JSON-kontext (the source-generated System.Text.Json context) for every document type and the validation
/// report. Use <see cref="TrygghetJson.SerializerOptions"/> rather than this context's own options: they add
/// the "kind" discriminator, arrays and the input limits.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowOutOfOrderMetadataProperties = true,
    NumberHandling = JsonNumberHandling.Strict,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    AllowDuplicateProperties = false,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    Converters =
    [
        typeof(DateOnlyJsonConverter),
        typeof(CaseNumberJsonConverter),
        typeof(DateRangeJsonConverter),
        typeof(ImpreciseDateJsonConverter),
        typeof(ImprecisePeriodJsonConverter),
        typeof(MoneyRangeJsonConverter),
        typeof(MeasureNumberJsonConverter),
        typeof(MessageArgumentJsonConverter),
        typeof(CamelCaseEnumConverter<DocumentKind>),
        typeof(CamelCaseEnumConverter<CaseNumberFormat>),
        typeof(CamelCaseEnumConverter<PeriodKind>),
        typeof(CamelCaseEnumConverter<DatePrecision>),
        typeof(CamelCaseEnumConverter<Season>),
        typeof(CamelCaseEnumConverter<Severity>),
        typeof(CamelCaseEnumConverter<BasisKind>),
        typeof(CamelCaseEnumConverter<Agreements.FollowUpKind>),
        typeof(CamelCaseEnumConverter<Agreements.PartyKind>),
        typeof(CamelCaseEnumConverter<Councils.ReportingOccasion>),
        typeof(CamelCaseEnumConverter<Finance.AppropriationKind>),
        typeof(CamelCaseEnumConverter<Partnerships.PartnershipStage>),
        typeof(CamelCaseEnumConverter<Plans.FollowUpCadence>),
        typeof(CamelCaseEnumConverter<Plans.HandlingOutcome>),
        typeof(CamelCaseEnumConverter<Procedure.BodyKind>),
        typeof(CamelCaseEnumConverter<Procedure.DecisionNature>),
        typeof(CamelCaseEnumConverter<Procedure.DecisionOutcome>),
        typeof(CamelCaseEnumConverter<Procedure.DelegatedMatterKind>),
        typeof(CamelCaseEnumConverter<Procedure.DelegationBasis>),
        typeof(CamelCaseEnumConverter<Procedure.MatterEventKind>),
        typeof(CamelCaseEnumConverter<Procedure.MatterStatus>),
        typeof(CamelCaseEnumConverter<Procedure.MemberRole>),
        typeof(CamelCaseEnumConverter<Procedure.MotionKind>),
        typeof(CamelCaseEnumConverter<Procedure.VoteChoice>),
        typeof(CamelCaseEnumConverter<Promises.QuotaPeriod>),
    ])]
[JsonSerializable(typeof(IDocument))]
[JsonSerializable(typeof(CooperationAgreement))]
[JsonSerializable(typeof(CitizenPromise))]
[JsonSerializable(typeof(ActionProgramme))]
[JsonSerializable(typeof(PublicCivicPartnership))]
[JsonSerializable(typeof(Protocol))]
[JsonSerializable(typeof(ProtocolExtract))]
[JsonSerializable(typeof(ProtocolSeries))]
[JsonSerializable(typeof(AppropriationDecision))]
[JsonSerializable(typeof(SafetyCouncilReport))]
[JsonSerializable(typeof(AgreementPortfolio))]
[JsonSerializable(typeof(CrimePreventionDuty.CrimePreventionDutyFile))]
[JsonSerializable(typeof(DateRange))]
[JsonSerializable(typeof(CaseNumber))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(DateOnly?))]
[JsonSerializable(typeof(ValidationReport))]
internal sealed partial class TrygghetJsonContext : JsonSerializerContext
{
}
