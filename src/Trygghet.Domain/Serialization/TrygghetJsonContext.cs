using System.Text.Json;
using System.Text.Json.Serialization;
using Trygghet.Domain.Common;
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
        typeof(CamelCaseEnumConverter<DocumentKind>),
        typeof(CamelCaseEnumConverter<CaseNumberFormat>),
        typeof(CamelCaseEnumConverter<PeriodKind>),
        typeof(CamelCaseEnumConverter<Severity>),
    ])]
[JsonSerializable(typeof(IDocument))]
[JsonSerializable(typeof(DateRange))]
[JsonSerializable(typeof(CaseNumber))]
[JsonSerializable(typeof(LocalizedText))]
[JsonSerializable(typeof(DateOnly?))]
[JsonSerializable(typeof(ValidationReport))]
public sealed partial class TrygghetJsonContext : JsonSerializerContext
{
}
