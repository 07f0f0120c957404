@HookPackage(CmsHooks.class)
package com.acme.cms.hooks;

import com.acme.cms.CmsHooks;
import dev.hookwire.annotations.HookPackage;
