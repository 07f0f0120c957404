/**
 * Test hooks for the runtime policies (issue 3), wired to the test catalog {@link
 * dev.hookwire.it.policies.catalog.JobHooks} by the processor during test-compile. Every hook asks
 * the {@link dev.hookwire.it.support.Script} in its context what to do. Run order:
 *
 * <ul>
 *   <li>before-job-submit (tagged): {@link StampOwner} (order -1), {@link BeforeJobSubmit}, {@link
 *       CheckQuota} (timeout 200 ms), {@link LegacyScreen} (disabled), {@link TagBilling} (tags
 *       billing, invoices);
 *   <li>before-urgent-job-submit (virtual, priority 9 or more): {@link BeforeUrgentJobSubmit}, {@link
 *       PageOnCall};
 *   <li>after-job-submit (tagged): {@link AfterJobSubmit}, {@link IndexJob} (tag billing), {@link
 *       NotifyOwner} (async), {@link ArchiveJob}, {@link AuditJob} (timeout 150 ms), {@link
 *       LegacyExport} (disabled), {@link CountJob};
 *   <li>after-job-finish (catalog default timeout 200 ms): {@link AfterJobFinish}, {@link
 *       ReleaseWorker} (timeout 1 s), {@link PublishMetrics} (async, 200 ms);
 *   <li>transform-job-view: {@link TransformJobView} (timeout 200 ms), {@link RedactJob}.
 * </ul>
 */
@HookPackage(JobHooks.class)
package dev.hookwire.it.policies;

import dev.hookwire.annotations.HookPackage;
import dev.hookwire.it.policies.catalog.JobHooks;
