using System.Reflection;
using System.Text.RegularExpressions;
using Trygghet.Domain.Agreements;
using Trygghet.Domain.Agreements.Rules;
using Trygghet.Domain.Promises.Rules;
using Trygghet.Domain.Promises;

namespace Trygghet.Domain.Tests.Agreements.Rules;

/// <summary>Conventions for the agreement, promise and portfolio slice.</summary>
public sealed partial class AgreementConventionsTests
{
    private static readonly string[] Namespaces =
    [
        "Trygghet.Domain.Agreements", "Trygghet.Domain.Agreements.Facts", "Trygghet.Domain.Promises", "Trygghet.Domain.Promises.Facts",
        "Trygghet.Domain.Portfolio", "Trygghet.Domain.Portfolio.Facts", "Trygghet.Domain.Agreements.Rules", "Trygghet.Domain.Portfolio.Rules", "Trygghet.Domain.Promises.Rules",
    ];

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(CooperationAgreement).Assembly.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace)))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsSealedStaticEnumOrStruct_WithoutPublicSetters(string name)
    {
        var type = typeof(CooperationAgreement).Assembly.GetType(name)!;

        Assert.True(type.IsEnum || type.IsValueType || type.IsSealed || (type.IsAbstract && type.IsSealed), $"{name} must be sealed, static, a struct or an enum.");
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.Name);
        Assert.Empty(setters);
    }

    [Fact]
    public void Rules_MessagesUseTheSamePlaceholdersInBothLanguages_AndIdsAreWellFormed()
    {
        foreach (var rule in CooperationAgreementDocument.Descriptor.Rules.Concat(CitizenPromiseDocument.Descriptor.Rules))
        {
            var meta = rule.Metadata;
            Assert.Matches("^[A-Z0-9-]+$", meta.Id);
            Assert.Equal(Placeholders(meta.Message.Swedish), Placeholders(meta.Message.English));
        }
    }

    private static string[] Placeholders(string template) =>
        [.. PlaceholderPattern().Matches(template).Select(m => m.Value).Distinct().Order(StringComparer.Ordinal)];

    [GeneratedRegex(@"\{[a-zA-Z]+\}")]
    private static partial Regex PlaceholderPattern();
}
