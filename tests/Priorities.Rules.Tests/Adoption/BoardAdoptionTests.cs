using System.Text;
using System.Text.Json;
using Priorities.Adoption;

namespace Priorities.Rules.Tests.Adoption;

public sealed class BoardAdoptionTests
{
    [Fact]
    public void Adopt_RemoveStatutoryDuty_RefusesWithPR7000AtThePriority()
    {
        var result = AdoptionFixture.Adopt("{action: remove, priority: prevent, reason: Covered by the county board.}");

        Assert.False(result.Succeeded);
        Assert.Equal(["PR7000@3:32"], AdoptionFixture.Codes(result));
        Assert.Contains("statutory duty", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adopt_UnknownPriority_RefusesWithPR7001AndDidYouMean()
    {
        var result = AdoptionFixture.Adopt("{action: move, priority: burglary-serius-theft, to: 1, reason: x}");

        Assert.Equal(["PR7001@3:30"], AdoptionFixture.Codes(result));
        Assert.Contains("Did you mean 'burglary-serious-theft'?", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adopt_AddOfNoCandidateWithoutTitle_RefusesWithPR7002()
    {
        var result = AdoptionFixture.Adopt("{action: add, priority: fly-tipping, reason: Residents' survey.}");

        Assert.Equal(["PR7002@3:29"], AdoptionFixture.Codes(result));
    }

    [Fact]
    public void Adopt_AddOfNoCandidateWithTitle_AddsItFromTheBoard()
    {
        var result = AdoptionFixture.Adopt("{action: add, priority: fly-tipping, title: Fly-tipping, to: 2, reason: Residents' survey.}");

        var added = Assert.Single(result.Record!.Adopted, p => p.Id == "fly-tipping");
        Assert.Equal((2, AdoptionOrigins.Board, (double?)null), (added.Rank, added.Origin, added.Score));
    }

    [Fact]
    public void Adopt_AddOfEvidenceGap_InsertsItAfterTheDiscretionaryPriorities()
    {
        var plan = AdoptionFixture.Plan;
        var discretionary = plan.Priorities.Count(p => !p.Mandatory);

        var result = AdoptionFixture.Adopt("{action: add, priority: hate-crime, reason: Concern at the consultation.}");

        var added = Assert.Single(result.Record!.Adopted, p => p.Id == "hate-crime");
        Assert.Equal((discretionary + 1, AdoptionOrigins.EvidenceGap), (added.Rank, added.Origin));
        Assert.Equal(plan.Priorities.Count + 1, result.Record.Adopted.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Adopt_MoveOutOfRange_RefusesWithPR7003AtTo(int to)
    {
        var result = AdoptionFixture.Adopt($"{{action: move, priority: cycle-crime, to: {to}, reason: x}}");

        Assert.Equal(["PR7003@3:47"], AdoptionFixture.Codes(result));
    }

    [Fact]
    public void Adopt_ChangeWithoutReason_RefusesWithPR7004()
    {
        var result = AdoptionFixture.Adopt("{action: rename, priority: cycle-crime, title: Cycle theft}");

        Assert.Equal(["PR7004@3:5"], AdoptionFixture.Codes(result));
    }

    [Fact]
    public void Adopt_ProposalNotAResult_RefusesWithPR7005()
    {
        var notAResult = Encoding.UTF8.GetBytes("{\"partnership\": {\"name\": \"Oxford\"}, \"priorities\": []}");

        var result = BoardAdoption.Adopt(notAResult, "plan.json", AdoptionFixture.Decisions(), "decisions.yaml");

        Assert.Equal(["PR7005@1:1"], AdoptionFixture.Codes(result));
        Assert.Contains("result schema", result.Diagnostics[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Adopt_ProposalNotJson_RefusesWithPR7005AtTheSyntaxError()
    {
        var result = BoardAdoption.Adopt(Encoding.UTF8.GetBytes("{\n  \"a\": [\n"), "plan.json", AdoptionFixture.Decisions(), "decisions.yaml");

        Assert.Equal("PR7005", Assert.Single(result.Diagnostics).Code);
        Assert.True(result.Diagnostics[0].Location.Line >= 2);
    }

    [Fact]
    public void Adopt_UnknownActionAndMissingField_RefuseWithPR7006AndPR7007()
    {
        var result = AdoptionFixture.Adopt("{action: delete, priority: cycle-crime, reason: x}", "{action: move, priority: cycle-crime, reason: x}");

        Assert.Equal(["PR7006@3:14", "PR7007@4:5"], AdoptionFixture.Codes(result));
    }

    [Fact]
    public void Adopt_AddOfPriorityInThePlan_RefusesWithPR7008()
    {
        var result = AdoptionFixture.Adopt("{action: add, priority: cycle-crime, reason: x}");

        Assert.Equal(["PR7008@3:29"], AdoptionFixture.Codes(result));
    }

    [Fact]
    public void Adopt_MeetingDateNotADay_RefusesWithPR7009()
    {
        var decisions = "meeting: {body: Board, date: 14/11/2024, minute: M1}\nchanges: []\n";

        var result = BoardAdoption.Adopt(AdoptionFixture.Proposal, "plan.json", decisions, "decisions.yaml");

        Assert.Equal(["PR7009@1:30"], AdoptionFixture.Codes(result));
    }

    [Fact]
    public void Adopt_UnknownKey_RefusesWithPR7010AtTheKey()
    {
        var result = AdoptionFixture.Adopt("{action: remove, priority: cycle-crime, reasons: x, reason: y}");

        Assert.Equal(["PR7010@3:45"], AdoptionFixture.Codes(result));
    }

    [Fact]
    public void Adopt_EveryRefusal_ReportedInOnePass()
    {
        var result = AdoptionFixture.Adopt(
            "{action: remove, priority: prevent, reason: x}",
            "{action: move, priority: cycle-crime, to: 99, reason: x}",
            "{action: add, priority: nothing, reason: x}");

        Assert.Equal(["PR7000", "PR7003", "PR7002"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Adopt_Changes_AppliedInOrderAndRecorded()
    {
        var result = AdoptionFixture.Adopt(
            "{action: move, priority: cycle-crime, to: 1, reason: Rising thefts at the station., minute: SOP/24/17(b)}",
            "{action: rename, priority: cycle-crime, title: Cycle theft, reason: Plain English.}",
            "{action: set-lead, priority: cycle-crime, lead: {agency: Thames Valley Police, role: Inspector}, reason: Agreed.}",
            "{action: set-funding, priority: cycle-crime, funding: [{fund: Community Safety Fund, amount: 12500, year: 2024/25}], reason: CSF.}",
            "{action: remove, priority: alcohol-related-disorder, reason: Folded into anti-social behaviour.}");

        var record = result.Record!;
        var first = record.Adopted[0];
        Assert.Equal(("cycle-crime", "Cycle theft", "Thames Valley Police"), (first.Id, first.Title, first.Lead!.Agency));
        Assert.Equal(12500m, Assert.Single(first.Funding).Amount);
        Assert.Equal("GBP", first.Funding[0].Currency);
        Assert.DoesNotContain(record.Adopted, p => p.Id == "alcohol-related-disorder");
        Assert.Equal(Enumerable.Range(1, record.Adopted.Count), record.Adopted.Select(p => p.Rank));
        Assert.Equal(5, record.Changes.Count);
        Assert.Equal("SOP/24/17(b)", record.Changes[0].Minute);
    }

    [Fact]
    public void Adopt_Record_CarriesRuleSetHashesAndMeeting()
    {
        var plan = AdoptionFixture.Plan;

        var record = AdoptionFixture.Adopt().Record!;

        Assert.Equal(plan.RuleSet, record.RuleSet);
        Assert.Equal(plan.AssessmentSha256, record.AssessmentSha256);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(AdoptionFixture.Proposal)), record.ProposalSha256);
        Assert.Equal((2024, "SOP/24/17"), (record.Year, record.Meeting.Minute));
        Assert.Equal(plan.Priorities.Select(p => p.Id), record.Adopted.Select(p => p.Id));
    }

    [Fact]
    public void Adopt_SensitiveRawValue_LeftOutOfTheRecord()
    {
        var plan = AdoptionFixture.Plan;
        var first = plan.Priorities[0];
        var marked = first with { Breakdown = [first.Breakdown[0] with { Sensitive = true }, .. first.Breakdown.Skip(1)] };
        var proposal = Encoding.UTF8.GetBytes(Results.PlanResultSerializer.ToJson(plan with { Priorities = [marked, .. plan.Priorities.Skip(1)] }));

        var record = BoardAdoption.Adopt(proposal, "plan.json", AdoptionFixture.Decisions(), "decisions.yaml").Record!;

        var raw = record.Adopted.Single(p => p.Id == first.Id).Raw;
        Assert.DoesNotContain(raw, r => r.Dimension == first.Breakdown[0].Dimension);
        Assert.Equal(first.Breakdown.Skip(1).Count(c => c.Raw is not null), raw.Count);
    }

    [Fact]
    public void Adopt_SameInputs_ByteIdenticalCanonicalJson()
    {
        const string change = "{action: move, priority: cycle-crime, to: 1, reason: \"Thefts at the station — £ and <b>\"}";

        var first = AdoptionFixture.Adopt(change).CanonicalJson!;
        var second = BoardAdoption.Adopt(
            [.. AdoptionFixture.Proposal], "other.json", AdoptionFixture.Decisions(change), "other.yaml").CanonicalJson!;

        Assert.Equal(first, second);
        Assert.Equal(first, DecisionRecordSerializer.ToCanonicalJson(DecisionRecordSerializer.FromJson(Encoding.UTF8.GetString(first))));
    }

    [Fact]
    public void ToCanonicalJson_Record_SortedKeysNoWhitespaceAsciiOnly()
    {
        var bytes = AdoptionFixture.Adopt("{action: rename, priority: cycle-crime, title: Cycle theft £, reason: \"x\"}").CanonicalJson!;
        var text = Encoding.UTF8.GetString(bytes);

        Assert.All(bytes, b => Assert.InRange(b, (byte)0x20, (byte)0x7e));
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);
        Assert.Contains("Cycle theft \\u00A3", text, StringComparison.Ordinal);
        AssertSorted(JsonDocument.Parse(text).RootElement);
    }

    private static void AssertSorted(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            var names = element.EnumerateObject().Select(p => p.Name).ToArray();
            Assert.Equal(names.Order(StringComparer.Ordinal), names);
            foreach (var property in element.EnumerateObject()) AssertSorted(property.Value);
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray()) AssertSorted(item);
        }
    }
}
