using Trygghet.Domain.Agreements;
using Trygghet.Domain.Common;
using Guard = Ardalis.GuardClauses.Guard;

namespace Trygghet.Domain.Tests.Common;

/// <summary>The domain's own guards: an ArgumentOutOfRangeException naming the caller's parameter, in English with the Swedish attached.</summary>
public sealed class DomainGuardsTests
{
    [Fact]
    public void Below_NamesTheArgumentExpression_InBothLanguages()
    {
        var ordinal = 0;
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.Below(ordinal, 1));
        Assert.Equal("ordinal", thrown.ParamName);
        Assert.StartsWith("The value 0 is less than 1.", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("Värdet 0 är mindre än 1.", DomainGuards.SwedishMessage(thrown));
    }

    [Fact]
    public void Above_NamesTheGivenParameter()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.Above(1001, 1000, "maxDepth"));
        Assert.Equal("maxDepth", thrown.ParamName);
        Assert.Equal("Värdet 1001 är större än 1000.", DomainGuards.SwedishMessage(thrown));
    }

    [Fact]
    public void BelowAndAbove_AtTheLimit_ReturnTheValue()
    {
        Assert.Equal(1, Guard.Against.Below(1, 1));
        Assert.Equal(1000, Guard.Against.Above(1000, 1000));
    }

    [Fact]
    public void UndefinedValue_UnknownEnumValue_IsRefused()
    {
        var kind = (PartyKind)999;
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => Guard.Against.UndefinedValue(kind));
        Assert.Equal("kind", thrown.ParamName);
        Assert.Equal("Värdet 999 är inget känt värde.", DomainGuards.SwedishMessage(thrown));
        Assert.Equal(PartyKind.Municipality, Guard.Against.UndefinedValue(PartyKind.Municipality));
    }

    [Fact]
    public void Constructors_UseTheGuards_SoTheSwedishTravelsWithTheException()
    {
        var thrown = Assert.Throws<ArgumentOutOfRangeException>(() => new MeasureNumber(0, 1));
        Assert.Equal("area", thrown.ParamName);
        Assert.NotNull(DomainGuards.SwedishMessage(thrown));
        Assert.Equal("Kind", Assert.Throws<ArgumentOutOfRangeException>(() => new Party((PartyKind)999, "Polisen")).ParamName);
    }

    [Fact]
    public void InvalidArgument_BrokenRule_ThrowsWithBothLanguages()
    {
        var thrown = Assert.Throws<ArgumentException>(() => new Measure(1, default, "Trygghetsvandring"));
        Assert.Equal("number", thrown.ParamName);
        Assert.StartsWith("A measure needs a number", thrown.Message, StringComparison.Ordinal);
        Assert.Equal("En insats har ett nummer (t.ex. 1:3).", DomainGuards.SwedishMessage(thrown));
        Guard.Against.InvalidArgument(false, "unused", "Inget fel.", "No fault.");
    }
}
