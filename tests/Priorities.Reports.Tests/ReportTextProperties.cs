using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Priorities.Reports;

namespace Priorities.Reports.Tests;

public sealed class ReportTextProperties
{
    [Property(MaxTest = 500)]
    public Property MarkdownEscape_Meets_Specification() => Prop.ForAll(
        ArbMap.Default.ArbFor<NonNull<string>>(),
        text =>
        {
            var escaped = MarkdownText.Escape(text.Get, lineStart: true);
            var unescaped = Unescape(escaped, out var bareSpecial);
            return !escaped.Contains('\n', StringComparison.Ordinal) && !escaped.Contains('\r', StringComparison.Ordinal)
                && !bareSpecial && unescaped == MarkdownText.Flatten(text.Get)
                && !(escaped.Length > 0 && "-+=#>".Contains(escaped[0], StringComparison.Ordinal));
        });

    [Property(MaxTest = 500)]
    public Property HtmlEscape_Meets_Specification() => Prop.ForAll(
        ArbMap.Default.ArbFor<NonNull<string>>(),
        text =>
        {
            var element = XElement.Parse("<p>" + HtmlText.Escape(text.Get) + "</p>", LoadOptions.PreserveWhitespace);
            return element.Value == HtmlText.Clean(text.Get).Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n')
                && !HtmlText.Escape(text.Get).Contains('<', StringComparison.Ordinal);
        });

    [Fact]
    public void ChartPalette_EveryColour_ContrastsWithWhiteTextAndPage()
    {
        Assert.All(ChartPalette.Colours, colour => Assert.True(ChartPalette.Contrast(colour, "#ffffff") >= 4.5, colour));
        Assert.Equal(ChartPalette.Colours.Count, ChartPalette.Colours.Distinct().Count());
    }

    [Fact]
    public void ChartPalette_Contrast_MatchesWcagExtremes()
    {
        Assert.Equal(21, ChartPalette.Contrast("#000000", "#ffffff"), 6);
        Assert.Equal(1, ChartPalette.Contrast("#777777", "#777777"), 6);
    }

    /// <summary>Removes CommonMark backslash escapes; notes any Markdown special character left unescaped.</summary>
    private static string Unescape(string escaped, out bool bareSpecial)
    {
        var builder = new System.Text.StringBuilder();
        bareSpecial = false;
        for (var i = 0; i < escaped.Length; i++)
        {
            if (escaped[i] == '\\' && i + 1 < escaped.Length && char.IsAsciiLetterOrDigit(escaped[i + 1]) is false && escaped[i + 1] < 128 && !char.IsWhiteSpace(escaped[i + 1]))
            {
                builder.Append(escaped[++i]);
                continue;
            }

            bareSpecial |= MarkdownText.Special.Contains(escaped[i], StringComparison.Ordinal);
            builder.Append(escaped[i]);
        }

        return builder.ToString();
    }
}
