namespace Trygghet.Domain.Rules.Authoring;

/// <summary>
/// The skeleton of a periodic-duty rule: match a fact that declares a duty, evaluate its windows with
/// <see cref="PeriodicDuty"/> as of the session's date, report each window in the state the rule is about
/// (missed, or at risk). A kind's rule supplies the fact's path, how its duty is evaluated and the arguments of
/// its message; the id, basis and tags come in with the metadata.
/// </summary>
/// <typeparam name="TFact">The fact that declares the duty.</typeparam>
/// <param name="metadata">The rule's metadata.</param>
/// <param name="arguments">The message arguments for one reported window.</param>
/// <param name="reported">The state reported (missed unless the rule says otherwise).</param>
internal abstract class PeriodicDutyRule<TFact>(
    RuleMetadata metadata, Func<TFact, DutyPeriod, (string Name, object? Value)[]> arguments, DutyStatus reported = DutyStatus.Missed) : DeclaredRule(metadata)
{
    /// <summary>True when the fact's duty is one this rule judges.</summary>
    protected virtual bool Applies(TFact fact) => true;

    /// <summary>The JSON path reported.</summary>
    protected abstract string PathOf(TFact fact);

    /// <summary>The duty's windows with their states as of the session's date.</summary>
    protected abstract IEnumerable<DutyPeriod> Periods(IRuleContext ctx, TFact fact);

    /// <inheritdoc/>
    protected sealed override void Define(RuleBuilder rule) =>
        rule.Match<TFact>(Applies)
            .Then((ctx, fact) =>
            {
                foreach (var period in Periods(ctx, fact))
                {
                    if (period.Status == reported)
                    {
                        ctx.Report(PathOf(fact), arguments(fact, period));
                    }
                }
            });
}
