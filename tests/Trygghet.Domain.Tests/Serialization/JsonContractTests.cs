using System.Reflection;
using Trygghet.Domain.Common;
using Trygghet.Domain.Serialization;

namespace Trygghet.Domain.Tests.Serialization;

/// <summary>The JSON registry misses no type a document can hold (source generation cannot find them itself).</summary>
public sealed class JsonContractTests
{
    private static HashSet<Type> Reachable()
    {
        var seen = new HashSet<Type>();
        var queue = new Queue<Type>(JsonContract.DocumentTypes.Select(d => d.Type).Append(typeof(Trygghet.Domain.Validation.ValidationReport)));
        while (queue.TryDequeue(out var type))
        {
            type = Nullable.GetUnderlyingType(type) ?? type;
            if (!seen.Add(type) || type.IsPrimitive || type == typeof(string) || type.Assembly != typeof(IDocument).Assembly)
            {
                continue;
            }

            if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            {
                queue.Enqueue(type.GetGenericArguments()[0]);
                continue;
            }

            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
            {
                queue.Enqueue(property.PropertyType);
            }
        }

        return seen;
    }

    [Fact]
    public void EveryEquatableArrayInADocument_IsRegistered()
    {
        var registered = JsonContract.ArrayElementTypes.ToHashSet();
        var missing = Reachable()
            .Where(t => t.IsGenericType && t.GetGenericTypeDefinition() == typeof(EquatableArray<>))
            .Select(t => t.GetGenericArguments()[0])
            .Where(t => !registered.Contains(t))
            .Select(t => $"Array<{t.FullName}>(),")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "Add to JsonContract.Types.cs:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryEnumInADocument_HasACamelCaseConverter()
    {
        var registered = TrygghetJsonContext.Default.Options.Converters.Select(c => c.GetType()).ToHashSet();
        var missing = Reachable()
            .Where(t => t.IsEnum)
            .Where(t => !registered.Contains(typeof(CamelCaseEnumConverter<>).MakeGenericType(t)))
            .Select(t => $"typeof(CamelCaseEnumConverter<{t.FullName}>),")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(missing.Count == 0, "Add to TrygghetJsonContext's Converters:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void EveryDocumentKind_HasExactlyOneType()
    {
        Assert.Equal(Enum.GetValues<DocumentKind>(), JsonContract.DocumentTypes.Select(d => d.Kind));
        Assert.All(JsonContract.DocumentTypes, d => Assert.True(typeof(IDocument).IsAssignableFrom(d.Type)));
    }
}
