using System.Linq.Expressions;
using System.Reflection;
using NRules.RuleModel;
using Trygghet.Domain.Rules.Runtime;
using NRulesRuleBuilder = NRules.RuleModel.Builders.RuleBuilder;

namespace Trygghet.Domain.NRules;

/// <summary>
/// Turns compiled Trygghet rule versions into NRules rule definitions: one NRules pattern per Trygghet pattern
/// (declarations a, b, c), joins and <c>Exists</c>/<c>NotExists</c> as conditions that call the Trygghet join and
/// filter tests, and an action that runs the Trygghet action through <see cref="NRulesEvaluation"/>.
/// </summary>
internal static class Translator
{
    private static readonly string[] Names = ["a", "b", "c"];

    private static readonly MethodInfo WhereInvoke = typeof(Func<object, bool>).GetMethod(nameof(Func<object, bool>.Invoke))!;
    private static readonly MethodInfo JoinMatches = typeof(JoinStage).GetMethod(nameof(JoinStage.Matches))!;
    private static readonly MethodInfo FilterMatches = typeof(FilterStage).GetMethod(nameof(FilterStage.Matches))!;
    private static readonly MethodInfo FireMethod = typeof(NRulesEvaluation).GetMethod(
        nameof(NRulesEvaluation.FireFromNRules), BindingFlags.Static | BindingFlags.NonPublic)!;

    /// <summary>
    /// The NRules definitions of the rule versions in force on the plan's dates. The agenda order (stratum, priority,
    /// order added) becomes NRules priorities n..1, so every rule testing a derived type fires after the rules deriving it.
    /// </summary>
    public static IReadOnlyList<IRuleDefinition> Translate(ExecutionPlan plan)
    {
        var active = plan.Active;
        var definitions = new IRuleDefinition[active.Count];
        for (var i = 0; i < active.Count; i++)
        {
            definitions[i] = Translate(active[i], active.Count - i);
        }

        return definitions;
    }

    private static IRuleDefinition Translate(RuleNode node, int priority)
    {
        var builder = new NRulesRuleBuilder();
        builder.Name(node.Metadata.Id);
        builder.Description(node.Metadata.Description.English);
        builder.Tags(node.Metadata.Tags);
        builder.Priority(priority);

        var definition = node.Definition;
        var lhs = builder.LeftHandSide();
        var declared = new ParameterExpression[definition.PatternTypes.Length];
        for (var p = 0; p < declared.Length; p++)
        {
            var pattern = lhs.Pattern(definition.PatternTypes[p], Names[p]);
            declared[p] = Expression.Parameter(definition.PatternTypes[p], Names[p]);
            Expression? test = p switch
            {
                0 when definition.Where is { } where =>
                    Expression.Call(Expression.Constant(where), WhereInvoke, AsObject(declared[0])),
                1 => Expression.Call(Expression.Constant(definition.Join2!), JoinMatches, AsObject(declared[0]), Null, AsObject(declared[1])),
                2 => Expression.Call(Expression.Constant(definition.Join3!), JoinMatches, AsObject(declared[0]), AsObject(declared[1]), AsObject(declared[2])),
                _ => null,
            };
            if (test is not null)
            {
                pattern.Condition(Expression.Lambda(test, declared[..(p + 1)]));
            }
        }

        for (var f = 0; f < definition.Filters.Length; f++)
        {
            var filter = definition.Filters[f];
            var name = "o" + f.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var other = Expression.Parameter(filter.OtherType, name);
            var pattern = filter.Negated ? lhs.Not().Pattern(filter.OtherType, name) : lhs.Exists().Pattern(filter.OtherType, name);
            var test = Expression.Call(
                Expression.Constant(filter),
                FilterMatches,
                AsObject(declared[0]),
                declared.Length > 1 ? AsObject(declared[1]) : Null,
                declared.Length > 2 ? AsObject(declared[2]) : Null,
                AsObject(other));
            pattern.Condition(Expression.Lambda(test, [.. declared, other]));
        }

        var context = Expression.Parameter(typeof(IContext), "ctx");
        var fire = Expression.Call(
            FireMethod,
            context,
            Expression.Constant(node),
            AsObject(declared[0]),
            declared.Length > 1 ? AsObject(declared[1]) : Null,
            declared.Length > 2 ? AsObject(declared[2]) : Null);
        builder.RightHandSide().Action(Expression.Lambda(fire, [context, .. declared]));
        return builder.Build();
    }

    private static ConstantExpression Null => Expression.Constant(null, typeof(object));

    private static UnaryExpression AsObject(ParameterExpression parameter) => Expression.Convert(parameter, typeof(object));
}
