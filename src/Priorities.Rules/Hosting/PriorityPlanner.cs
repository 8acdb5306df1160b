using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Priorities.Assessments;
using Priorities.Results;

namespace Priorities.Hosting;

/// <summary>Evaluates assessments with the provider's current rule set (immutable, so calls may overlap).</summary>
internal sealed class PriorityPlanner(IRuleSetProvider provider, TimeProvider time, ILogger<PriorityPlanner>? logger = null) : IPriorityPlanner
{
    private readonly ILogger _logger = logger ?? NullLogger<PriorityPlanner>.Instance;

    public Task<PlanResult> ProposeAsync(Assessment assessment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(assessment);
        cancellationToken.ThrowIfCancellationRequested();
        var ruleSet = provider.RuleSet;
        var started = time.GetTimestamp();
        var result = ruleSet.Evaluate(assessment, cancellationToken);
        HostingLog.Proposed(_logger, assessment.Partnership.Name, ruleSet.Info.Id, time.GetElapsedTime(started).TotalMilliseconds);
        return Task.FromResult(result);
    }
}
