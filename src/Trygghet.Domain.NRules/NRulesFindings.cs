using System.Collections.Immutable;
using Ardalis.GuardClauses;
using NRules.RuleModel;
using Trygghet.Domain.Rules;
using Trygghet.Domain.Rules.Runtime;
using TrygghetRuleMetadata = Trygghet.Domain.Rules.RuleMetadata;

namespace Trygghet.Domain.NRules;

/// <summary>
/// Iakttagelser från NRules-regler (findings from NRules rules): lets an NRules rule written in the fluent DSL
/// report a Trygghet finding into the same <see cref="Validation.ValidationReport"/> as the Trygghet rules.
/// </summary>
/// <example>
/// <code>
/// Then().Do(ctx => ctx.ReportFinding(Metadata, "parties", new FindingArgument("count", agreement.Parties.Length)));
/// </code>
/// </example>
public static class NRulesFindings
{
    /// <summary>
    /// Rapporterar (reports) a finding of <paramref name="rule"/> about <paramref name="path"/>, its message
    /// template filled from <paramref name="arguments"/>. Usable inside an NRules action expression
    /// (<c>Then().Do(ctx =&gt; ...)</c>): the arguments are an array, not a span or tuples.
    /// </summary>
    /// <param name="context">The NRules action context; its session must have an <see cref="NRulesEvaluation"/> attached.</param>
    /// <param name="rule">The metadata of the reporting rule: id, message template, basis, severity.</param>
    /// <param name="path">
    /// JSON path of the document part the finding is about, in the style of a JSON read error, e.g. <c>$.parties</c>;
    /// a path without the leading <c>$</c> (<c>parties</c>) is read from the document's root.
    /// </param>
    /// <param name="arguments">Named values for the template's placeholders.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">
    /// The session has no evaluation attached, or a placeholder of the template has no argument.
    /// </exception>
    public static void ReportFinding(this IContext context, TrygghetRuleMetadata rule, string path, params FindingArgument[] arguments)
    {
        Guard.Against.Null(context);
        Guard.Against.Null(rule);
        Guard.Against.Null(path);
        Guard.Against.Null(arguments);
        var evaluation = NRulesEvaluation.Of(context);
        var named = new (string Name, object? Value)[arguments.Length];
        for (var i = 0; i < arguments.Length; i++)
        {
            named[i] = (arguments[i].Name, arguments[i].Value);
        }

        var matched = context.Match.Facts.Where(f => f.Value is not null).Select(f => f.Value!).ToImmutableArray();
        evaluation.Add(FindingFactory.CreateFinding(evaluation.Options, rule, path, matched, named));
    }
}

/// <summary>Argument (a named value for a message placeholder) of a finding reported from an NRules rule.</summary>
/// <param name="Name">The placeholder's name, without braces.</param>
/// <param name="Value">The value; dates are written yyyy-MM-dd and numbers invariant.</param>
/// <remarks>Record equality.</remarks>
public readonly record struct FindingArgument(string Name, object? Value);
