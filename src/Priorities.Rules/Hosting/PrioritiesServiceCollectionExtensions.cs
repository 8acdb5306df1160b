using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Priorities.Hosting;

namespace Priorities.Hosting;

/// <summary>Registers Priorities with a service collection.</summary>
public static class PrioritiesServiceCollectionExtensions
{
    /// <summary>
    /// Adds the rule-set provider (<see cref="IRuleSetProvider"/>, a singleton that loads the rule set when first
    /// resolved and, if asked, reloads it on edits) and the planner (<see cref="IPriorityPlanner"/>). Safe to call more
    /// than once: services are registered once; each <paramref name="configure"/> is applied in call order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Names the rule files and whether to watch them.</param>
    /// <returns>The same service collection.</returns>
    public static IServiceCollection AddPriorities(this IServiceCollection services, Action<PrioritiesOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<PrioritiesOptions>();
        if (configure is not null) services.Configure(configure);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IRuleSetProvider, RuleSetProvider>();
        services.TryAddSingleton<IPriorityPlanner, PriorityPlanner>();
        return services;
    }
}
