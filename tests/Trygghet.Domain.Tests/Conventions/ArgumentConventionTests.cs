using System.Collections.Immutable;
using System.Reflection;
using Trygghet.Domain.Common;

namespace Trygghet.Domain.Tests.Conventions;

/// <summary>
/// Every public constructor and factory of the library, called with nulls, defaults and extremes: it either
/// builds a value whose text and hash can be taken, or throws an <see cref="ArgumentException"/> naming one of
/// its own parameters. Nothing else may escape.
/// </summary>
public sealed class ArgumentConventionTests
{
    private static readonly Assembly Library = typeof(IDocument).Assembly;

    // Parse is the strict form, documented to throw FormatException on bad text
    // (TryParse and TrygghetJson.Deserialize are the lenient ones).
    private static readonly HashSet<string> ThrowingByContract = ["Parse"];

    public static TheoryData<string> Members()
    {
        var data = new TheoryData<string>();
        foreach (var member in Callables())
        {
            data.Add(Describe(member));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Members))]
    public void Call_WithNullsDefaultsAndExtremes_BuildsOrNamesAParameter(string name)
    {
        var member = Callables().Single(m => Describe(m) == name);
        var parameters = member.GetParameters();
        var failures = new List<string>();
        foreach (var arguments in ArgumentSets(parameters))
        {
            object? built;
            try
            {
                built = member is ConstructorInfo constructor ? constructor.Invoke(arguments) : member.Invoke(null, arguments);
            }
            catch (TargetInvocationException e) when (e.InnerException is ArgumentException argument)
            {
                if (argument.ParamName is null || parameters.All(p => p.Name != argument.ParamName))
                {
                    failures.Add($"{Show(arguments)}: {argument.GetType().Name} names '{argument.ParamName}', not a parameter");
                }

                continue;
            }
            catch (TargetInvocationException e)
            {
                failures.Add($"{Show(arguments)}: {e.InnerException!.GetType().Name}: {e.InnerException.Message}");
                continue;
            }

            try
            {
                _ = built?.ToString();
                _ = built?.GetHashCode();
            }
            catch (Exception e)
            {
                failures.Add($"{Show(arguments)}: built, but ToString or GetHashCode threw {e.GetType().Name}");
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(5)));
    }

    [Fact]
    public void Callables_CoverTheDocumentsAndValues() =>
        Assert.True(Callables().Count() > 100, $"only {Callables().Count()} constructors and factories found");

    private static IEnumerable<MethodBase> Callables()
    {
        foreach (var type in Library.GetExportedTypes().Where(t => !t.IsGenericTypeDefinition && !typeof(Exception).IsAssignableFrom(t)))
        {
            if (!type.IsAbstract && !type.IsInterface && !typeof(Delegate).IsAssignableFrom(type))
            {
                foreach (var constructor in type.GetConstructors())
                {
                    // The record copy constructor and constructors taking delegates or rules are not data; a type with
                    // required members cannot be built by its constructor alone (C# requires the members to be set).
                    if (constructor.GetParameters() is var ps && !(ps.Length == 1 && ps[0].ParameterType == type) && ps.All(Simple)
                        && !(type.IsDefined(typeof(System.Runtime.CompilerServices.RequiredMemberAttribute), inherit: false)
                            && !constructor.IsDefined(typeof(System.Diagnostics.CodeAnalysis.SetsRequiredMembersAttribute), inherit: false)))
                    {
                        yield return constructor;
                    }
                }
            }

            foreach (var method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                // Guard clauses throw on their caller's behalf, naming the caller's parameter: not checked here.
                if (!method.IsSpecialName && !method.IsGenericMethodDefinition && !ThrowingByContract.Contains(method.Name)
                    && method.ReturnType != typeof(void) && method.GetParameters().All(Simple)
                    && method.GetParameters().FirstOrDefault()?.ParameterType != typeof(Ardalis.GuardClauses.IGuardClause))
                {
                    yield return method;
                }
            }
        }
    }

    // Parameters we can make values for: data, not callbacks, spans or out parameters.
    private static bool Simple(ParameterInfo p) =>
        !p.ParameterType.IsByRef && !p.ParameterType.IsByRefLike && !p.ParameterType.IsPointer
        && !typeof(Delegate).IsAssignableFrom(p.ParameterType) && !p.ParameterType.ContainsGenericParameters;

    private static IEnumerable<object?[]> ArgumentSets(ParameterInfo[] parameters)
    {
        var baseline = parameters.Select(p => Default(p.ParameterType)).ToArray();
        yield return baseline;
        for (var i = 0; i < parameters.Length; i++)
        {
            foreach (var extreme in Extremes(parameters[i].ParameterType))
            {
                var arguments = (object?[])baseline.Clone();
                arguments[i] = extreme;
                yield return arguments;
            }
        }
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    private static IEnumerable<object?> Extremes(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(int))
        {
            return [-1, int.MinValue, int.MaxValue, 1];
        }

        if (underlying == typeof(long))
        {
            return [-1L, long.MinValue, long.MaxValue];
        }

        if (underlying == typeof(decimal))
        {
            return [-1m, decimal.MinValue, decimal.MaxValue, 0.5m];
        }

        if (underlying == typeof(DateOnly))
        {
            return [DateOnly.MinValue, DateOnly.MaxValue, TrygghetLimits.EarliestDate, TrygghetLimits.LatestDate];
        }

        if (underlying == typeof(DateRange))
        {
            return [new DateRange(DateOnly.MinValue, DateOnly.MaxValue), new DateRange(TrygghetLimits.EarliestDate, TrygghetLimits.LatestDate)];
        }

        if (underlying == typeof(TimeOnly))
        {
            return [TimeOnly.MinValue, TimeOnly.MaxValue];
        }

        if (underlying == typeof(string))
        {
            return ["", " ", "x", new string('x', 10_000)];
        }

        if (underlying.IsEnum)
        {
            return [Enum.ToObject(underlying, 999), Enum.ToObject(underlying, -1)];
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(ImmutableArray<>))
        {
            return [Activator.CreateInstance(underlying)];
        }

        return [];
    }

    private static string Describe(MethodBase m) =>
        $"{m.DeclaringType!.FullName}.{(m is ConstructorInfo ? "ctor" : m.Name)}({string.Join(", ", m.GetParameters().Select(p => p.ParameterType.Name + " " + p.Name))})";

    private static string Show(object?[] arguments) =>
        "(" + string.Join(", ", arguments.Select(a => a switch
        {
            null => "null",
            string s when s.Length > 20 => $"\"{s[..5]}...\" ({s.Length})",
            string s => $"\"{s}\"",
            _ => a.ToString(),
        })) + ")";
}
