using System.Reflection;
using Trygghet.Domain.Procedure;

namespace Trygghet.Domain.Tests.Procedure;

/// <summary>Conventions for the procedure slice: public types are sealed, static, structs or enums, without public setters, and documented behaviour is pure.</summary>
public sealed class ProcedureConventionsTests
{
    private static readonly string[] Namespaces = ["Trygghet.Domain.Procedure", "Trygghet.Domain.Procedure.Facts", "Trygghet.Domain.Procedure.Rules"];

    public static TheoryData<string> PublicTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in typeof(Protocol).Assembly.GetExportedTypes().Where(t => Namespaces.Contains(t.Namespace)))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Fact]
    public void Slice_HasPublicTypes() => Assert.True(PublicTypes().Count > 40);

    [Theory]
    [MemberData(nameof(PublicTypes))]
    public void PublicType_IsSealedStaticEnumOrStruct_WithoutPublicSetters(string name)
    {
        var type = typeof(Protocol).Assembly.GetType(name)!;

        Assert.True(type.IsEnum || type.IsValueType || type.IsSealed, $"{name} must be sealed, static, a struct or an enum.");
        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } set && !set.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.Name == "IsExternalInit"))
            .Select(p => p.Name);
        Assert.Empty(setters);
    }
}
