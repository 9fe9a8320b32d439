using Trygghet.Domain.Common;

namespace Trygghet.Domain.Tests.Common;

/// <summary>Asserts that an exception from a domain guard carries a Swedish and an English message, each in one language.</summary>
internal static class BilingualMessage
{
    /// <summary>
    /// The Swedish message is exactly <paramref name="swedish"/>; the English message starts with
    /// <paramref name="english"/> (the framework appends the parameter); neither joins both languages.
    /// </summary>
    public static void Assert(Exception thrown, string swedish, string english)
    {
        var attached = DomainGuards.SwedishMessage(thrown);
        Xunit.Assert.Equal(swedish, attached);
        Xunit.Assert.StartsWith(english, thrown.Message, StringComparison.Ordinal);
        Xunit.Assert.DoesNotContain(english, attached, StringComparison.Ordinal);
        Xunit.Assert.DoesNotContain(swedish, thrown.Message, StringComparison.Ordinal);
        Xunit.Assert.DoesNotContain(" / ", attached, StringComparison.Ordinal);
        Xunit.Assert.DoesNotContain(" / ", thrown.Message, StringComparison.Ordinal);
        Xunit.Assert.DoesNotMatch("[åäöÅÄÖ]", english);
    }
}
